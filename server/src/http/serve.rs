//! The accept loop, with the limits `axum::serve` does not set: a connection that has not sent a request's
//! headers within [`ConnectionLimits::header_read`] is closed (a half-sent request, or an idle keep-alive
//! connection), a request body that stops arriving is cut after [`ConnectionLimits::body_idle`], and at most
//! [`ConnectionLimits::max_connections`] are served at once. At the cap, the connection that has waited longest
//! without sending a byte is closed to make room for the new one (as nginx drains idle connections), so a client
//! holding thousands of silent sockets cannot starve everyone else; only when every connection is busy with a
//! request does a new one get a short 503. At start the open-files soft limit is raised to the hard limit.
//! Shutdown stops accepting and lets the requests in flight finish (10 s at most).

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::service::TowerToHyperService;
use tokio::io::AsyncWriteExt as _;
use tokio::net::TcpListener;
use tokio::sync::{Semaphore, oneshot};
use tower::Service as _;

use crate::http::error::busy_answer;
use crate::http::parse_errors::ParseErrorAnswers;

/// Connection limits (README, "Configuration").
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    /// Time for a request's headers to arrive, from the connection's start or its last response.
    pub header_read: Duration,
    /// Longest pause while a request body arrives.
    pub body_idle: Duration,
    /// Connections served at once.
    pub max_connections: usize,
}

impl Default for ConnectionLimits {
    fn default() -> Self {
        Self {
            header_read: Duration::from_secs(10),
            body_idle: Duration::from_secs(15),
            max_connections: 2048,
        }
    }
}

/// Raises the open-files soft limit to the hard limit; the limit now in force (`None` where it cannot be read).
pub fn raise_open_files_limit() -> Option<u64> {
    rlimit::increase_nofile_limit(u64::MAX).ok()
}

/// Connections accepted that have not sent their first byte yet, oldest first: the ones closed at the cap.
#[derive(Default)]
struct Silent {
    next: u64,
    waiting: BTreeMap<u64, oneshot::Sender<()>>,
}

impl Silent {
    /// Registers a new silent connection: its number, and what tells it to close.
    fn enter(this: &Mutex<Self>) -> (u64, oneshot::Receiver<()>) {
        let (close, closed) = oneshot::channel();
        let mut silent = this.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let id = silent.next;
        silent.next += 1;
        silent.waiting.insert(id, close);
        (id, closed)
    }

    /// The connection spoke, timed out or was closed: it is no longer a candidate.
    fn leave(this: &Mutex<Self>, id: u64) {
        let mut silent = this.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        silent.waiting.remove(&id);
    }

    /// Tells the oldest silent connection to close; false when there is none.
    fn close_oldest(this: &Mutex<Self>) -> bool {
        let mut silent = this.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        while let Some((_, close)) = silent.waiting.pop_first() {
            if close.send(()).is_ok() {
                return true;
            }
        }
        false
    }
}

/// A place among the connections served: at the cap, the oldest silent connection is closed for it; `None`
/// when every connection is busy.
async fn make_room(
    permits: &Arc<Semaphore>,
    silent: &Mutex<Silent>,
) -> Option<tokio::sync::OwnedSemaphorePermit> {
    if let Ok(permit) = Arc::clone(permits).try_acquire_owned() {
        return Some(permit);
    }
    if !Silent::close_oldest(silent) {
        return None;
    }
    // The closed connection's task gives its place back as soon as it runs.
    tokio::time::timeout(Duration::from_secs(1), Arc::clone(permits).acquire_owned())
        .await
        .ok()
        .and_then(Result::ok)
}

/// Serves `router` on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    limits: ConnectionLimits,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let router = router.layer(tower_http::timeout::RequestBodyTimeoutLayer::new(
        limits.body_idle,
    ));
    let mut make = router.into_make_service_with_connect_info::<SocketAddr>();
    let permits = Arc::new(Semaphore::new(limits.max_connections));
    let silent = Arc::new(Mutex::new(Silent::default()));
    let graceful = hyper_util::server::graceful::GracefulShutdown::new();
    // HTTP/1 only (a TLS proxy in front speaks HTTP/2 to phones): detecting the version would wait for a first
    // byte with no timeout, so a silent connection would never be closed.
    let mut builder = auto::Builder::new(TokioExecutor::new()).http1_only();
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read);
    let builder = Arc::new(builder);
    tokio::pin!(shutdown);
    loop {
        let (mut stream, remote) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // Out of file descriptors or a reset before accept: wait a moment rather than spin.
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let Some(permit) = make_room(&permits, &silent).await else {
            tokio::spawn(async move {
                let _ = tokio::time::timeout(Duration::from_secs(2), stream.write_all(&busy_answer())).await;
                let _ = stream.shutdown().await;
            });
            continue;
        };
        let service = match make.call(remote).await {
            Ok(service) => service,
            Err(never) => match never {},
        };
        let builder = Arc::clone(&builder);
        let watcher = graceful.watcher();
        let header_read = limits.header_read;
        let silent = Arc::clone(&silent);
        tokio::spawn(async move {
            // hyper's header timeout starts with the first byte: a connection that never sends one is closed
            // here, after the timeout or sooner when its place is needed.
            let (id, closed) = Silent::enter(&silent);
            let mut first = [0_u8; 1];
            let spoke = tokio::select! {
                peeked = tokio::time::timeout(header_read, stream.peek(&mut first)) => {
                    matches!(peeked, Ok(Ok(1..)))
                }
                _ = closed => false,
            };
            Silent::leave(&silent, id);
            if !spoke {
                drop(permit);
                return;
            }
            let connection = builder
                .serve_connection_with_upgrades(
                    TokioIo::new(ParseErrorAnswers::new(stream)),
                    TowerToHyperService::new(service),
                )
                .into_owned();
            // A closed or timed-out connection is no error of the server's.
            let _ = watcher.watch(connection).await;
            drop(permit);
        });
    }
    drop(listener);
    let _ = tokio::time::timeout(Duration::from_secs(10), graceful.shutdown()).await;
    Ok(())
}
