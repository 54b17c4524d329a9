//! Connections that hold the server hostage (issue 16): a half-sent request and an idle keep-alive connection are
//! closed after the header-read timeout; at the connection cap a silent connection makes room for a new one, and
//! only when every connection is busy does a new one get a 503 — then normal requests are served again. Limits
//! are small here (1 s, 8 connections) so the tests are quick; one test holds 5,000 silent sockets against the
//! server's own limits.

use std::time::{Duration, Instant};

use ruta_server::http::serve::ConnectionLimits;
use ruta_tests::TestApp;
use ruta_tests::fixtures::TEGUCIGALPA_ID;
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

/// The status of a normal request (`GET /api/v1/health`) to the server at `addr`.
async fn health_status(app: &TestApp, addr: std::net::SocketAddr) -> u16 {
    let answer = app
        .client
        .get(format!("http://{addr}/api/v1/health"))
        .send()
        .await
        .unwrap();
    answer.status().as_u16()
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

/// Sends the start of a request, so the connection is busy with it (not silent) until the header timeout.
async fn half_sent(addr: std::net::SocketAddr) -> TcpStream {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream
        .write_all(b"GET /api/v1/health HTTP/1.1\r\nHost: ruta.test\r\n")
        .await
        .unwrap();
    stream
}

#[tokio::test]
async fn when_every_connection_is_busy_a_new_one_gets_503_then_service_resumes() {
    let (app, addr) = limited_server().await;
    let mut busy = Vec::new();
    for _ in 0..8 {
        busy.push(half_sent(addr).await);
    }
    // Give the server a moment to read their first bytes.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let mut over = TcpStream::connect(addr).await.unwrap();
    let (answer, _) = until_closed(&mut over).await;
    assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
    assert!(answer.contains("\"code\":\"unavailable\""), "{answer}");

    // The half-sent ones time out; then a normal request is served.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    assert_eq!(health_status(&app, addr).await, 200);
    drop(busy);
}

#[tokio::test]
async fn at_the_cap_the_oldest_silent_connection_makes_room_for_a_request() {
    let (app, addr) = limited_server().await;
    let mut silent = Vec::new();
    for _ in 0..8 {
        silent.push(TcpStream::connect(addr).await.unwrap());
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    // Well within the 1 s header timeout, a ninth connection with a request is served…
    assert_eq!(health_status(&app, addr).await, 200);
    // …and the connection that waited longest without a byte was closed for it, with nothing sent.
    let (sent, after) = until_closed(&mut silent[0]).await;
    assert_eq!(sent, "", "a silent connection closed for room gets no answer");
    assert!(
        after < Duration::from_millis(900),
        "closed after {after:?}, not for room"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn five_thousand_silent_sockets_and_a_half_sent_request_do_not_stop_a_search() {
    // The server's own limits (10 s header timeout, 2,048 connections); this process holds both ends.
    let open_files = ruta_server::http::serve::raise_open_files_limit().unwrap_or(1024);
    let app = TestApp::spawn_demo().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(ruta_server::run_with(
        listener,
        app.state.clone(),
        ConnectionLimits::default(),
        std::future::pending(),
    ));
    let cap = ConnectionLimits::default().max_connections as u64;
    // Each silent socket costs this process one descriptor (and the server one, up to its cap).
    let held = 5_000.min(open_files.saturating_sub(cap + 512)) as usize;
    assert!(
        held == 5_000,
        "the open-files limit ({open_files}) is too low to hold 5,000 sockets here"
    );
    let mut silent = Vec::with_capacity(held);
    for _ in 0..held {
        silent.push(TcpStream::connect(addr).await.unwrap());
    }
    let _half = half_sent(addr).await;
    tokio::time::sleep(Duration::from_millis(200)).await;

    let started = Instant::now();
    let answer = app
        .client
        .get(format!("http://{addr}/api/v1/search?place={TEGUCIGALPA_ID}"))
        .timeout(Duration::from_secs(10))
        .send()
        .await
        .expect("the search is answered");
    let took = started.elapsed();
    assert_eq!(answer.status(), 200);
    let body: serde_json::Value = answer.json().await.unwrap();
    assert!(
        !body["results"].as_array().unwrap().is_empty(),
        "Tegucigalpa has demo services: {body}"
    );
    assert!(took < Duration::from_secs(1), "the search took {took:?}");
    drop(silent);
}

/// Sends `request` on a new connection; the whole answer.
async fn answer_to(addr: std::net::SocketAddr, request: &[u8]) -> String {
    let mut stream = TcpStream::connect(addr).await.unwrap();
    stream.write_all(request).await.unwrap();
    until_closed(&mut stream).await.0
}

#[tokio::test]
async fn requests_hyper_cannot_parse_get_answers_in_the_error_shape() {
    let (_app, addr) = limited_server().await;
    // 120 headers (hyper's own limit is 100), an address of 70 KiB (hyper's is 64), one header line without a
    // colon: hyper answers these before Ruta's code runs, and the answer still names what was wrong.
    let many: String = (0..120).map(|i| format!("x-h{i}: 1\r\n")).collect();
    let cases = [
        (
            format!("GET /api/v1/health HTTP/1.1\r\nhost: ruta.test\r\n{many}\r\n"),
            "431",
            "\"field\":\"headers\"",
        ),
        (
            format!("GET /{} HTTP/1.1\r\nhost: ruta.test\r\n\r\n", "a".repeat(70_000)),
            "414",
            "\"field\":\"uri\"",
        ),
        (
            "GET /api/v1/health HTTP/1.1\r\nhost: ruta.test\r\nnot a header\r\n\r\n".to_owned(),
            "400",
            "\"code\":\"invalid_parameter\"",
        ),
    ];
    for (request, status, names) in cases {
        let answer = answer_to(addr, request.as_bytes()).await;
        assert!(answer.starts_with(&format!("HTTP/1.1 {status} ")), "{answer}");
        assert!(answer.contains("content-type: application/json"), "{answer}");
        assert!(answer.contains(names), "{answer}");
        let body = answer.split("\r\n\r\n").nth(1).unwrap_or_default();
        let json: serde_json::Value = serde_json::from_str(body).unwrap();
        assert!(
            json["error"]["message"].as_str().is_some_and(|m| !m.is_empty()),
            "{answer}"
        );
    }
    // Keep-alive requests that parse are untouched.
    let answer = answer_to(
        addr,
        b"GET /api/v1/health HTTP/1.1\r\nhost: ruta.test\r\n\r\nGET /nope HTTP/1.1\r\nhost: ruta.test\r\nconnection: close\r\n\r\n",
    )
    .await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("HTTP/1.1 404"), "{answer}");
}
