//! What an import reads at most, so that no file — a zip bomb, millions of tiny rows, one endless line — can
//! take the server's memory: sizes are checked from the zip's directory before anything is inflated *and* while
//! inflating (a directory can lie), and CSV rows are counted and measured as they are read, never after.
//!
//! Each limit is refused with its own message naming it ([`Exceeded`]): 413 from the API, an error from
//! `ruta import`. They are far above what a country's whole directory needs (the 100,000-service benchmark
//! stays under every one of them) and far below what would hurt the server.

use std::io::Read;

/// The limits of one import.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// The file as uploaded (a zip's compressed size), in bytes.
    pub upload_bytes: u64,
    /// Everything read from a zip once inflated, in bytes.
    pub unpacked_bytes: u64,
    /// A zip entry's inflated size over its compressed size, for entries above [`RATIO_FREE_BYTES`].
    pub ratio: u64,
    /// CSV rows of all tables together (JSON: services and organisations).
    pub rows: u64,
    /// One CSV record (a line, or several when a quoted cell holds line breaks), in bytes.
    pub record_bytes: u64,
    /// One cell, in bytes.
    pub field_bytes: usize,
    /// A JSON document, in bytes.
    pub json_bytes: u64,
}

/// Entries smaller than this are never refused for their ratio: a short file of empty cells compresses well.
pub const RATIO_FREE_BYTES: u64 = 1024 * 1024;

const MIB: u64 = 1024 * 1024;

/// The limits of an upload (and of `ruta import` by default): whatever the file, the server's memory stays
/// within ≈ 512 MB of what it holds idle (`scripts/bench.sh import-memory` measures it). An organisation's
/// directory fits many times over; a whole country's goes through `ruta import --large`.
pub const LIMITS: Limits = Limits {
    upload_bytes: 50 * MIB,
    unpacked_bytes: 256 * MIB,
    ratio: 100,
    rows: 250_000,
    record_bytes: MIB,
    field_bytes: 64 * 1024,
    json_bytes: 32 * MIB,
};

/// `ruta import --large`: sizes lifted for a whole country's directory on the command line; a zip bomb's ratio,
/// an endless record and a huge cell are refused all the same.
pub const LARGE_LIMITS: Limits = Limits {
    upload_bytes: 64 * 1024 * MIB,
    unpacked_bytes: 64 * 1024 * MIB,
    rows: 100_000_000,
    json_bytes: 16 * 1024 * MIB,
    ..LIMITS
};

/// Which limit a file went over, and by what measure.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Exceeded {
    /// The file itself; carries the limit, in bytes.
    #[error("the file is larger than {} MB", .0 / MIB)]
    Upload(u64),
    /// Everything inflated from the zip.
    #[error("the zip unpacks to more than {} MB", .0 / MIB)]
    Unpacked(u64),
    /// One entry's compression ratio.
    #[error("{file} in the zip is compressed more than {ratio} to 1: it looks like a zip bomb")]
    Ratio {
        /// The entry's name in the zip.
        file: String,
        /// The largest ratio accepted.
        ratio: u64,
    },
    /// Rows of all tables.
    #[error("the file holds more than {0} rows; split it into several imports")]
    Rows(u64),
    /// One record.
    #[error("{file}: a row from line {line} on is longer than {} KB", .limit / 1024)]
    Record {
        /// The table's file.
        file: String,
        /// The line where the record starts.
        line: u64,
        /// The largest record accepted, in bytes.
        limit: u64,
    },
    /// One cell.
    #[error("{file}: a cell of line {line} ({column}) is longer than {} KB", .limit / 1024)]
    Field {
        /// The table's file.
        file: String,
        line: u64,
        /// The column's name.
        column: String,
        /// The largest cell accepted, in bytes.
        limit: usize,
    },
    /// A JSON document.
    #[error("{file} is larger than {} MB of JSON; send the same data as a zipped CSV package", .limit / MIB)]
    Json {
        /// The document's file name.
        file: String,
        /// The largest document accepted, in bytes.
        limit: u64,
    },
}

impl Exceeded {
    /// The limit's name, as the API's error names it in `field`: `upload`, `unpacked`, `ratio`, `rows`,
    /// `record`, `field`, `json`.
    pub fn name(&self) -> &'static str {
        match self {
            Exceeded::Upload(_) => "upload",
            Exceeded::Unpacked(_) => "unpacked",
            Exceeded::Ratio { .. } => "ratio",
            Exceeded::Rows(_) => "rows",
            Exceeded::Record { .. } => "record",
            Exceeded::Field { .. } => "field",
            Exceeded::Json { .. } => "json",
        }
    }
}

/// A reader that stops with [`std::io::ErrorKind::FileTooLarge`] once more than `limit` bytes came through
/// (the error carries `what` went over; [`over_limit`] finds it again).
#[derive(Debug)]
pub struct Capped<R> {
    inner: R,
    left: u64,
    what: Exceeded,
}

impl<R: Read> Capped<R> {
    /// At most `limit` bytes of `inner`; beyond, an error carrying `what`.
    pub fn new(inner: R, limit: u64, what: Exceeded) -> Self {
        Self {
            inner,
            left: limit,
            what,
        }
    }

    /// Bytes still allowed.
    pub fn left(&self) -> u64 {
        self.left
    }
}

impl<R: Read> Read for Capped<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        if self.left == 0 {
            // One byte more than allowed is enough to know.
            let mut probe = [0u8; 1];
            return match self.inner.read(&mut probe)? {
                0 => Ok(0),
                _ => Err(std::io::Error::new(
                    std::io::ErrorKind::FileTooLarge,
                    OverLimit(self.what.clone()),
                )),
            };
        }
        let max = usize::try_from(self.left).unwrap_or(usize::MAX).min(buf.len());
        let n = self.inner.read(&mut buf[..max])?;
        self.left -= n as u64;
        Ok(n)
    }
}

/// The error a [`Capped`] or [`RecordCap`] reader fails with.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct OverLimit(pub Exceeded);

/// The limit an I/O error (from a [`Capped`] or [`RecordCap`] reader, maybe through the csv reader) stands for.
pub fn over_limit(error: &std::io::Error) -> Option<Exceeded> {
    error
        .get_ref()
        .and_then(|e| e.downcast_ref::<OverLimit>())
        .map(|o| o.0.clone())
}

/// A reader of CSV text that fails as soon as one record (bytes up to a line break outside quotes) is longer
/// than `limit`, before the CSV reader could buffer it. Quotes are tracked the way CSV escapes them (`""`
/// inside a quoted cell toggles twice), so a quoted cell's line breaks do not reset the count.
#[derive(Debug)]
pub struct RecordCap<R> {
    inner: R,
    limit: u64,
    file: String,
    in_record: u64,
    quoted: bool,
    line: u64,
    record_line: u64,
}

impl<R: Read> RecordCap<R> {
    /// Records of `file` at most `limit` bytes long.
    pub fn new(inner: R, limit: u64, file: &str) -> Self {
        Self {
            inner,
            limit,
            file: file.to_owned(),
            in_record: 0,
            quoted: false,
            line: 1,
            record_line: 1,
        }
    }
}

impl<R: Read> Read for RecordCap<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &byte in &buf[..n] {
            match byte {
                b'"' => self.quoted = !self.quoted,
                b'\n' => {
                    self.line += 1;
                    if !self.quoted {
                        self.in_record = 0;
                        self.record_line = self.line;
                        continue;
                    }
                }
                _ => {}
            }
            self.in_record += 1;
            if self.in_record > self.limit {
                return Err(std::io::Error::new(
                    std::io::ErrorKind::FileTooLarge,
                    OverLimit(Exceeded::Record {
                        file: self.file.clone(),
                        line: self.record_line,
                        limit: self.limit,
                    }),
                ));
            }
        }
        Ok(n)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read_all(mut r: impl Read) -> std::io::Result<Vec<u8>> {
        let mut out = Vec::new();
        r.read_to_end(&mut out)?;
        Ok(out)
    }

    #[test]
    fn a_capped_reader_passes_up_to_its_limit_and_names_the_limit_beyond() {
        let ok = read_all(Capped::new(&b"12345"[..], 5, Exceeded::Unpacked(5))).unwrap();
        assert_eq!(ok, b"12345");
        let err = read_all(Capped::new(&b"123456"[..], 5, Exceeded::Unpacked(5))).unwrap_err();
        assert_eq!(over_limit(&err), Some(Exceeded::Unpacked(5)));
    }

    #[test]
    fn a_record_counts_across_quoted_line_breaks_and_restarts_after_a_real_one() {
        // Short lines, but one quoted cell spans them all: one record of 20 bytes.
        let text = b"a,\"1\n2\n3\n4\n5\n6\n7\"\nb,c\n";
        let err = read_all(RecordCap::new(&text[..], 10, "t.csv")).unwrap_err();
        assert_eq!(
            over_limit(&err),
            Some(Exceeded::Record {
                file: "t.csv".into(),
                line: 1,
                limit: 10
            })
        );
        // Escaped quotes ("") do not end the quoted cell early, nor open one.
        let fine = b"id,name\n1,\"say \"\"hi\"\"\"\n2,x\n";
        assert!(read_all(RecordCap::new(&fine[..], 20, "t.csv")).is_ok());
        let long_second = b"id\n1\n0123456789012\n";
        let err = read_all(RecordCap::new(&long_second[..], 10, "t.csv")).unwrap_err();
        assert!(matches!(over_limit(&err), Some(Exceeded::Record { line: 3, .. })));
    }
}
