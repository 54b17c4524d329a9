//! Connections that hold the server hostage (issue 16): a half-sent request and an idle keep-alive connection are
//! closed after the header-read timeout, and beyond the connection cap a new connection gets a 503 at once —
//! then normal requests are served again. Limits are small here (1 s, 8 connections) so the test is quick.

use std::time::{Duration, Instant};

use ruta_server::http::serve::ConnectionLimits;
use ruta_tests::TestApp;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

async fn limited_server() -> (TestApp, std::net::SocketAddr) {
    let app = TestApp::spawn_with(&[], &[]).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let limits = ConnectionLimits {
        header_read: Duration::from_secs(1),
        body_idle: Duration::from_secs(1),
        max_connections: 8,
    };
    tokio::spawn(ruta_server::run_with(
        listener,
        app.state.clone(),
        limits,
        std::future::pending(),
    ));
    (app, addr)
}

/// Reads until the server closes the connection (10 s at most); what it sent.
async fn until_closed(stream: &mut TcpStream) -> (String, Duration) {
    let started = Instant::now();
    let mut all = Vec::new();
    let mut buffer = [0_u8; 4096];
    loop {
        match tokio::time::timeout(Duration::from_secs(10), stream.read(&mut buffer)).await {
            Ok(Ok(0) | Err(_)) => break,
            Ok(Ok(n)) => all.extend_from_slice(&buffer[..n]),
            Err(_) => panic!("still open after 10 s: {}", String::from_utf8_lossy(&all)),
        }
    }
    (String::from_utf8_lossy(&all).into_owned(), started.elapsed())
}

#[tokio::test]
async fn a_half_sent_request_and_an_idle_connection_are_closed() {
    let (_app, addr) = limited_server().await;
    let mut half = TcpStream::connect(addr).await.unwrap();
    half.write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: ruta.test\r\n")
        .await
        .unwrap();
    let (_, after) = until_closed(&mut half).await;
    assert!(after < Duration::from_secs(5), "closed after {after:?}");

    // A whole request is answered; the connection then idles and is closed too.
    let mut idle = TcpStream::connect(addr).await.unwrap();
    idle.write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: ruta.test\r\n\r\n")
        .await
        .unwrap();
    let (answer, after) = until_closed(&mut idle).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(after < Duration::from_secs(5), "closed after {after:?}");
}

#[tokio::test]
async fn beyond_the_connection_cap_a_new_connection_gets_503_then_service_resumes() {
    let (app, addr) = limited_server().await;
    let mut idle = Vec::new();
    for _ in 0..8 {
        idle.push(TcpStream::connect(addr).await.unwrap());
    }
    // Give the server a moment to accept them all.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let mut over = TcpStream::connect(addr).await.unwrap();
    let (answer, _) = until_closed(&mut over).await;
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("\"code\":\"unavailable\""), "{answer}");

    // The idle ones time out; then a normal request is served.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let answer = app
        .client
        .get(format!("http://{addr}/api/v1/health"))
        .send()
        .await
        .unwrap();
    assert_eq!(answer.status(), 200);
    drop(idle);
}
