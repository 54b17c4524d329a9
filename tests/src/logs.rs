//! Everything the server logs during the tests, captured at DEBUG level, so a test can prove what never appears
//! in logs (client addresses, coordinates, search words, query strings).

use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

use tracing_subscriber::EnvFilter;
use tracing_subscriber::fmt::MakeWriter;

#[derive(Clone, Default)]
struct Buffer(Arc<Mutex<Vec<u8>>>);

impl Write for Buffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if let Ok(mut b) = self.0.lock() {
            b.extend_from_slice(bytes);
        }
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> MakeWriter<'a> for Buffer {
    type Writer = Buffer;
    fn make_writer(&'a self) -> Self::Writer {
        self.clone()
    }
}

fn buffer() -> &'static Buffer {
    static BUFFER: OnceLock<Buffer> = OnceLock::new();
    BUFFER.get_or_init(|| {
        let buffer = Buffer::default();
        let subscriber = tracing_subscriber::fmt()
            .with_env_filter(EnvFilter::new("debug,reqwest=off,hyper_util::client=off"))
            .with_ansi(false)
            .without_time()
            .with_writer(buffer.clone())
            .finish();
        let _ = tracing::subscriber::set_global_default(subscriber);
        // Only warnings and errors of `log`: its debug lines (a webdriver's commands) are no server's.
        let _ = tracing_log::LogTracer::builder()
            .with_max_level(log::LevelFilter::Warn)
            .init();
        buffer
    })
}

/// Starts capturing (idempotent).
pub fn capture() {
    buffer();
}

/// Everything logged so far by every test of this binary.
pub fn captured() -> String {
    buffer()
        .0
        .lock()
        .map(|b| String::from_utf8_lossy(&b).into_owned())
        .unwrap_or_default()
}
