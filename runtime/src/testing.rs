//! A fake provider for testing clients (the `testing` feature): an HTTP/1 server on 127.0.0.1
//! that answers each route (method and path) from a script and records every request.
//!
//! ```
//! # #[tokio::main(flavor = "current_thread")]
//! # async fn main() -> std::io::Result<()> {
//! use cloud_errors::testing::{FakeProvider, Reply};
//! use cloud_errors::{oci, ErrorCode};
//! use http::{Method, StatusCode};
//!
//! let throttled = oci::Error::new(oci::Code::TooManyRequests).with_message("Slow down.");
//! let provider = FakeProvider::builder()
//!     .on(Method::GET, "/instances", [Reply::error(&throttled), Reply::success(StatusCode::OK, "[]")])
//!     .start()
//!     .await?;
//!
//! let first = reqwest::get(format!("{}/instances", provider.url())).await.unwrap();
//! let error = cloud_errors::reqwest::read::<oci::Code>(first).await.unwrap_err();
//! assert!(error.is_retryable());
//! let second = reqwest::get(format!("{}/instances", provider.url())).await.unwrap();
//! assert_eq!(second.text().await.unwrap(), "[]");
//! assert_eq!(provider.requests_to(&Method::GET, "/instances").len(), 2);
//! # Ok(())
//! # }
//! ```

use std::fmt;
use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use bytes::Bytes;
use http::header::{HeaderValue, CONTENT_TYPE};
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

    /// A success: the status and a JSON body.
    pub fn success(status: StatusCode, body: impl Into<Vec<u8>>) -> Reply {
        Reply::with_type(status, "application/json", body.into())
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

/// A request as the fake provider received it.
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
}

impl Received {
    /// A header's value as text, `None` if absent or not visible ASCII.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|value| value.to_str().ok())
    }
}

/// A route's script and how far it has got.
struct Route {
    method: Method,
    path: String,
    replies: Vec<Reply>,
    next: usize,
}

#[derive(Default)]
struct State {
    routes: Mutex<Vec<Route>>,
    received: Mutex<Vec<Received>>,
}

/// A lock that survives a panicking test thread: the data is plain records.
fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}

impl State {
    /// The route's next reply; its last reply repeats once the script is spent. `None` for a
    /// route nobody scripted.
    fn next_reply(&self, method: &Method, path: &str) -> Option<Reply> {
        let mut routes = lock(&self.routes);
        let route = routes
            .iter_mut()
            .find(|route| route.method == method && route.path == path)?;
        let reply = route.replies.get(route.next).or(route.replies.last())?.clone();
        route.next = (route.next + 1).min(route.replies.len());
        Some(reply)
    }
}

/// Scripts the routes of a [`FakeProvider`] before it starts.
#[derive(Default)]
pub struct FakeProviderBuilder {
    routes: Vec<Route>,
}

impl FakeProviderBuilder {
    /// Answers the requests to `method` `path` (the path without query) with `replies` in
    /// order, the last one repeating once they are spent. Scripting one route twice appends to
    /// its script.
    pub fn on(
        mut self,
        method: Method,
        path: impl Into<String>,
        replies: impl IntoIterator<Item = Reply>,
    ) -> Self {
        let path = path.into();
        let replies = replies.into_iter();
        match self
            .routes
            .iter_mut()
            .find(|route| route.method == method && route.path == path)
        {
            Some(route) => route.replies.extend(replies),
            None => self.routes.push(Route {
                method,
                path,
                replies: replies.collect(),
                next: 0,
            }),
        }
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

    /// Every request received so far, in the order they arrived.
    pub fn requests(&self) -> Vec<Received> {
        lock(&self.state.received).clone()
    }

    /// The requests received so far for one route.
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
    let received = Received {
        method: parts.method.clone(),
        path: parts.uri.path().to_owned(),
        query: parts.uri.query().map(str::to_owned),
        headers: parts.headers,
        body: body.map(|body| body.to_bytes().to_vec()).unwrap_or_default(),
    };
    lock(&state.received).push(received);
    if too_large {
        return Ok(text(
            StatusCode::PAYLOAD_TOO_LARGE,
            "request body too large".to_owned(),
        ));
    }
    let Some(reply) = state.next_reply(&parts.method, parts.uri.path()) else {
        return Ok(text(
            StatusCode::NOT_FOUND,
            format!(
                "FakeProvider: no script for {} {}",
                parts.method,
                parts.uri.path()
            ),
        ));
    };
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

fn text(status: StatusCode, text: String) -> hyper::Response<Full<Bytes>> {
    let mut response = hyper::Response::new(Full::new(Bytes::from(text)));
    *response.status_mut() = status;
    response.headers_mut().insert(
        CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}
