//! The accept loop, with the limits `axum::serve` does not set: a connection that has not sent a request's
//! headers within [`ConnectionLimits::header_read`] is closed (a half-sent request, or an idle keep-alive
//! connection), a request body that stops arriving is cut after [`ConnectionLimits::body_idle`], and beyond
//! [`ConnectionLimits::max_connections`] a new connection gets a short 503 and is closed — so one client holding
//! a thousand idle sockets cannot starve everyone else. At start the open-files soft limit is raised to the hard
//! limit. Shutdown stops accepting and lets the requests in flight finish (10 s at most).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::service::TowerToHyperService;
use tokio::io::AsyncWriteExt as _;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::Service as _;

use crate::http::error::busy_answer;

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
        let Ok(permit) = Arc::clone(&permits).try_acquire_owned() else {
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
        tokio::spawn(async move {
            // hyper's header timeout starts with the first byte: a connection that never sends one is closed
            // here.
            let mut first = [0_u8; 1];
            if !matches!(
                tokio::time::timeout(header_read, stream.peek(&mut first)).await,
                Ok(Ok(1..))
            ) {
                drop(permit);
                return;
            }
            let connection = builder
                .serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(service))
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
