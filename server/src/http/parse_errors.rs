//! hyper answers a request it cannot parse itself, before any of Ruta's code runs — a head over its read buffer
//! (431), an address over 64 KiB (414), more than 100 headers (431), a malformed header line (400) — with an
//! empty body. [`ParseErrorAnswers`] wraps each connection and writes those answers in the API's error shape
//! instead (`payload_too_large` naming `headers` or `uri`, `invalid_parameter`), in English: the request was not
//! read, so neither was the language it asks for.
//!
//! hyper's automatic answer is the only one without a `content-type` and with `content-length: 0` among 4xx
//! answers: every error Ruta writes is JSON (`http::error::json_errors`).

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use tokio::io::{AsyncRead, AsyncWrite, ReadBuf};

use crate::http::error::{Oversized, parse_error_answer};
use crate::http::limits::{MAX_HEADER_BYTES, MAX_HEADERS, MAX_URI_BYTES};

/// A connection whose parse-error answers are rewritten (see the module).
#[derive(Debug)]
pub struct ParseErrorAnswers<S> {
    inner: S,
    /// The answer being written in place of hyper's, and how much of it is written.
    pending: Option<(Vec<u8>, usize)>,
}

impl<S> ParseErrorAnswers<S> {
    /// Wraps a connection.
    pub fn new(inner: S) -> Self {
        Self { inner, pending: None }
    }
}

/// The JSON answer to write instead of `bytes`, when they start hyper's automatic answer to a parse error.
fn replacement(bytes: &[u8]) -> Option<Vec<u8>> {
    let rest = bytes.strip_prefix(b"HTTP/1.1 4")?;
    let end = bytes.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&bytes[..end + 2]).to_ascii_lowercase();
    if !head.contains("\r\ncontent-length: 0\r\n") || head.contains("\r\ncontent-type:") {
        return None;
    }
    Some(match rest.get(..2)? {
        b"31" => parse_error_answer(
            Some(Oversized::Headers),
            &format!("the headers must be at most {MAX_HEADERS} and {MAX_HEADER_BYTES} bytes in all"),
        ),
        b"14" => parse_error_answer(
            Some(Oversized::Uri),
            &format!("the address (path and query) must be at most {MAX_URI_BYTES} bytes"),
        ),
        _ => parse_error_answer(None, "the request cannot be read as HTTP/1.1"),
    })
}

impl<S: AsyncWrite + Unpin> ParseErrorAnswers<S> {
    /// Writes what is left of the answer that replaced hyper's.
    fn drain(&mut self, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        while let Some((answer, written)) = &mut self.pending {
            if *written == answer.len() {
                self.pending = None;
                break;
            }
            let n = ready!(Pin::new(&mut self.inner).poll_write(cx, &answer[*written..]))?;
            if n == 0 {
                return Poll::Ready(Err(io::ErrorKind::WriteZero.into()));
            }
            *written += n;
        }
        Poll::Ready(Ok(()))
    }

    /// Takes `bytes` as written, writing `answer` instead.
    fn replace(&mut self, cx: &mut Context<'_>, answer: Vec<u8>, bytes: usize) -> Poll<io::Result<usize>> {
        self.pending = Some((answer, 0));
        // What is not written now is by the flush or shutdown hyper does next.
        if let Poll::Ready(Err(e)) = self.drain(cx) {
            return Poll::Ready(Err(e));
        }
        Poll::Ready(Ok(bytes))
    }
}

impl<S: AsyncRead + Unpin> AsyncRead for ParseErrorAnswers<S> {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        Pin::new(&mut self.get_mut().inner).poll_read(cx, buf)
    }
}

impl<S: AsyncWrite + Unpin> AsyncWrite for ParseErrorAnswers<S> {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        match replacement(buf) {
            Some(answer) => this.replace(cx, answer, buf.len()),
            None => Pin::new(&mut this.inner).poll_write(cx, buf),
        }
    }

    fn poll_write_vectored(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        let first = bufs.iter().find(|b| !b.is_empty());
        match first.and_then(|b| replacement(b)) {
            Some(answer) => this.replace(cx, answer, bufs.iter().map(|b| b.len()).sum()),
            None => Pin::new(&mut this.inner).poll_write_vectored(cx, bufs),
        }
    }

    fn is_write_vectored(&self) -> bool {
        self.inner.is_write_vectored()
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        Pin::new(&mut this.inner).poll_flush(cx)
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        let this = self.get_mut();
        ready!(this.drain(cx))?;
        Pin::new(&mut this.inner).poll_shutdown(cx)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_hypers_empty_answers_are_replaced() {
        let hyper =
            b"HTTP/1.1 431 Request Header Fields Too Large\r\nconnection: close\r\ncontent-length: 0\r\n\
                      date: Fri, 04 Dec 2026 08:56:29 GMT\r\n\r\n";
        let answer = String::from_utf8(replacement(hyper).unwrap_or_default()).unwrap_or_default();
        assert!(answer.starts_with("HTTP/1.1 431 "), "{answer}");
        assert!(answer.contains("\"field\":\"headers\""), "{answer}");
        let ours = b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: application/json\r\n\
                     content-length: 0\r\n\r\n";
        assert_eq!(replacement(ours), None);
        let ok = b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\n\r\n";
        assert_eq!(replacement(ok), None);
    }
}
