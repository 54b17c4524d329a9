//! Reading what an import is given — an HSDS 3.0 JSON document, one CSV table, a folder of CSV tables (with its
//! `datapackage.json`, whose resource paths are honoured), or a zip of either — within the import's [`Limits`].
//!
//! Nothing is read whole that could be large: a zip is read from its directory first (declared sizes and ratios
//! checked before anything is inflated), then each entry streamed through a [`Capped`] reader (a directory can
//! lie); CSV is read row by row. JSON is parsed whole, so a JSON document has its own, smaller limit.

use std::fs::File;
use std::io::{BufReader, Cursor, Read, Seek};
use std::path::{Component, Path, PathBuf};

use serde_json::Value;

use super::ImportError;
use super::limits::{Capped, Exceeded, LIMITS, Limits, RATIO_FREE_BYTES, over_limit};
use super::map::term_table::TermTable;
use super::report::Report;
use super::sheet;
use super::tables::{self, Tables};

/// What was read, before mapping.
#[derive(Debug)]
pub enum Input {
    /// An HSDS 3.0 JSON document.
    Json(Value),
    /// HSDS tables, from CSV files (3.0, 2.0 or 1.1) or a `tabular.json`.
    Tables(Tables),
    /// JSON from a zip that also held the package's own term table ([`super::tables::TERMS_FILE`]).
    WithTerms(Box<Input>, TermTable),
}

fn unreadable(message: impl Into<String>) -> ImportError {
    ImportError::Unreadable(message.into())
}

/// An I/O error while reading `what`: the limit it stands for, or the damage.
fn read_error(error: &std::io::Error, what: &str) -> ImportError {
    match over_limit(error) {
        Some(exceeded) => ImportError::TooLarge(exceeded),
        None => unreadable(format!("{what} cannot be read (damaged or cut short): {error}")),
    }
}

fn is_json_start(bytes: &[u8]) -> Option<&[u8]> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace())?;
    let rest = bytes.get(start..)?;
    matches!(rest.first(), Some(b'{' | b'[')).then_some(rest)
}

fn parse_json(bytes: &[u8], name: &str, limits: Limits) -> Result<Input, ImportError> {
    if bytes.len() as u64 > limits.json_bytes {
        return Err(Exceeded::Json {
            file: name.to_owned(),
            limit: limits.json_bytes,
        }
        .into());
    }
    let value: Value = serde_json::from_slice(bytes).map_err(|e| {
        unreadable(format!(
            "{name} is not valid JSON (line {}, column {}): {}",
            e.line(),
            e.column(),
            match e.classify() {
                serde_json::error::Category::Eof => "it ends too early",
                serde_json::error::Category::Syntax => "a syntax error",
                _ => "it cannot be read",
            }
        ))
    })?;
    // `tabular.json`: the CSV tables as JSON lists, keyed by file name.
    if let Value::Object(map) = &value
        && !map.is_empty()
        && map.keys().all(|k| k.to_ascii_lowercase().ends_with(".csv"))
    {
        let mut tables = Tables::new(limits);
        for (file, rows) in map {
            if let Value::Array(rows) = rows {
                tables.add_json_table(file, rows)?;
            }
        }
        return Ok(Input::Tables(tables));
    }
    Ok(Input::Json(value))
}

/// What a `datapackage.json` says: its HSDS version and where its tables are.
#[derive(Debug, Default)]
struct Descriptor {
    version: Option<String>,
    paths: Vec<String>,
}

fn descriptor(bytes: &[u8]) -> Descriptor {
    let Ok(value) = serde_json::from_slice::<Value>(bytes) else {
        return Descriptor::default();
    };
    let version = value.get("version").and_then(Value::as_str).map(str::to_owned);
    let mut paths = Vec::new();
    for resource in value
        .get("resources")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        match resource.get("path") {
            Some(Value::String(path)) => paths.push(path.clone()),
            Some(Value::Array(list)) => {
                paths.extend(list.iter().filter_map(Value::as_str).map(str::to_owned));
            }
            _ => {}
        }
    }
    Descriptor { version, paths }
}

/// Reads an uploaded file's bytes: a zip, JSON, or (with a `.csv` name) one CSV table.
pub fn read_bytes(
    bytes: &[u8],
    name: &str,
    limits: Limits,
    report: &mut Report,
) -> Result<Input, ImportError> {
    if bytes.len() as u64 > limits.upload_bytes {
        return Err(Exceeded::Upload(limits.upload_bytes).into());
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        if is_workbook(bytes, limits)? {
            return sheet::read_workbook(bytes, limits, report);
        }
        return read_zip(Cursor::new(bytes), limits, report);
    }
    if let Some(json) = is_json_start(bytes) {
        return parse_json(json, name, limits);
    }
    if is_template(bytes) {
        return sheet::read_csv(bytes, limits, report);
    }
    if tables::canonical(name).is_some() {
        let mut tables = Tables::new(limits);
        tables.add_csv(name, bytes, report)?;
        return Ok(Input::Tables(tables));
    }
    Err(unreadable(
        "not HSDS: expected HSDS 3.0 JSON, a zip of an HSDS data package or of HSDS JSON, a CSV table, or a \
         spreadsheet (.xlsx, .ods or .csv) in Ruta's template",
    ))
}

/// Whether CSV text starts with a header row of Ruta's spreadsheet template ([`sheet::COLUMNS`]).
fn is_template(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(64 * 1024)];
    let Some(line) = head.split(|b| *b == b'\n').next() else {
        return false;
    };
    let (line, _) = super::tolerant::decode(line);
    let cells: Vec<String> = if line.matches(';').count() > line.matches(',').count() {
        line.split(';')
            .map(|c| c.trim().trim_matches('"').to_owned())
            .collect()
    } else {
        line.split(',')
            .map(|c| c.trim().trim_matches('"').to_owned())
            .collect()
    };
    sheet::header_columns(&cells).is_some()
}

/// Whether a zip is an `.xlsx` or `.ods` workbook. When it is, every entry is first inflated within the limits
/// (declared sizes, ratio, and the bytes themselves), so the spreadsheet reader never meets a zip bomb.
fn is_workbook(bytes: &[u8], limits: Limits) -> Result<bool, ImportError> {
    let Ok(mut archive) = zip::ZipArchive::new(Cursor::new(bytes)) else {
        return Ok(false);
    };
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    if !sheet::is_workbook(&names) {
        return Ok(false);
    }
    let mut budget = limits.unpacked_bytes;
    for index in 0..archive.len() {
        let file = archive
            .by_index(index)
            .map_err(|e| unreadable(format!("the spreadsheet cannot be read: {e}")))?;
        let name = file.name().map(|n| n.into_owned()).unwrap_or_default();
        let base = name.rsplit('/').next().unwrap_or_default().to_owned();
        check_declared(&base, file.size(), file.compressed_size(), limits)?;
        let by_ratio = file
            .compressed_size()
            .saturating_mul(limits.ratio)
            .max(RATIO_FREE_BYTES);
        let (cap, what) = if by_ratio < budget {
            (
                by_ratio,
                Exceeded::Ratio {
                    file: base,
                    ratio: limits.ratio,
                },
            )
        } else {
            (budget, Exceeded::Unpacked(limits.unpacked_bytes))
        };
        let mut inflated = Capped::new(file, cap, what);
        std::io::copy(&mut inflated, &mut std::io::sink()).map_err(|e| read_error(&e, "the spreadsheet"))?;
        budget -= cap - inflated.left();
    }
    Ok(true)
}

/// A zip entry's declared size against the ratio limit.
fn check_declared(base: &str, size: u64, compressed: u64, limits: Limits) -> Result<(), ImportError> {
    if size > RATIO_FREE_BYTES && size / compressed.max(1) > limits.ratio {
        return Err(Exceeded::Ratio {
            file: base.to_owned(),
            ratio: limits.ratio,
        }
        .into());
    }
    Ok(())
}

/// A zip entry to read.
struct Entry {
    index: usize,
    name: String,
    base: String,
}

fn read_zip<R: Read + Seek>(reader: R, limits: Limits, report: &mut Report) -> Result<Input, ImportError> {
    let mut archive =
        zip::ZipArchive::new(reader).map_err(|e| unreadable(format!("not a readable zip: {e}")))?;
    // The directory first: what will be read, its declared size and ratio, before inflating a byte.
    let mut entries = Vec::new();
    let mut declared: u64 = 0;
    for index in 0..archive.len() {
        let file = archive
            .by_index_raw(index)
            .map_err(|e| unreadable(format!("entry {} of the zip cannot be read: {e}", index + 1)))?;
        if file.is_dir() {
            continue;
        }
        let name = file.name().map(|n| n.into_owned()).unwrap_or_default();
        let base = name.rsplit('/').next().unwrap_or(&name).to_owned();
        let lower = base.to_ascii_lowercase();
        if name.contains("__MACOSX") || base.starts_with('.') || base.is_empty() {
            continue;
        }
        if !(lower.ends_with(".csv") || lower.ends_with(".json")) {
            continue;
        }
        let size = file.size();
        check_declared(&base, size, file.compressed_size(), limits)?;
        declared = declared.saturating_add(size);
        if declared > limits.unpacked_bytes {
            return Err(Exceeded::Unpacked(limits.unpacked_bytes).into());
        }
        entries.push(Entry { index, name, base });
    }

    let mut tables = Tables::new(limits);
    let mut jsons: Vec<(String, Vec<u8>)> = Vec::new();
    let mut budget = limits.unpacked_bytes;
    for entry in entries {
        let file = archive
            .by_index(entry.index)
            .map_err(|e| unreadable(format!("{} cannot be read from the zip: {e}", entry.name)))?;
        // While inflating too: never past the budget, nor past the ratio (the directory may have lied).
        let by_ratio = file
            .compressed_size()
            .saturating_mul(limits.ratio)
            .max(RATIO_FREE_BYTES);
        let mut inflated = if by_ratio < budget {
            let what = Exceeded::Ratio {
                file: entry.base.clone(),
                ratio: limits.ratio,
            };
            Capped::new(file, by_ratio, what)
        } else {
            Capped::new(file, budget, Exceeded::Unpacked(limits.unpacked_bytes))
        };
        let before = inflated.left();
        let lower = entry.base.to_ascii_lowercase();
        if lower.ends_with(".csv") {
            tables.add_csv(&entry.base, &mut inflated, report)?;
        } else {
            let json = Exceeded::Json {
                file: entry.base.clone(),
                limit: limits.json_bytes,
            };
            let mut buf = Vec::new();
            Capped::new(&mut inflated, limits.json_bytes, json)
                .read_to_end(&mut buf)
                .map_err(|e| read_error(&e, &entry.name))?;
            if lower == "datapackage.json" {
                tables.version = descriptor(&buf).version;
            } else {
                jsons.push((entry.base, buf));
            }
        }
        budget -= before - inflated.left();
    }
    if !tables.is_empty() {
        return Ok(Input::Tables(tables));
    }
    let mut values = Vec::new();
    for (name, buf) in jsons {
        let Some(json) = is_json_start(&buf) else {
            continue;
        };
        match parse_json(json, &name, limits)? {
            Input::Json(value) => values.push(value),
            other => return Ok(other),
        }
    }
    let json = match values.len() {
        0 => return Err(unreadable("the zip holds no HSDS CSV tables and no HSDS JSON")),
        1 => Input::Json(values.remove(0)),
        _ => Input::Json(Value::Array(values)),
    };
    Ok(match tables.terms.take() {
        Some(terms) => Input::WithTerms(Box::new(json), terms),
        None => json,
    })
}

/// The CSV files of a folder: those its `datapackage.json` lists (paths inside the folder only), else every
/// CSV in it and in its `data/` folder.
fn folder_tables(folder: &Path, descriptor: &Descriptor) -> Result<Vec<PathBuf>, ImportError> {
    let inside = |p: &str| {
        let path = Path::new(p);
        path.components()
            .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
    };
    let listed: Vec<PathBuf> = descriptor
        .paths
        .iter()
        .filter(|p| inside(p) && p.to_ascii_lowercase().ends_with(".csv"))
        .map(|p| folder.join(p))
        .filter(|p| p.is_file())
        .collect();
    if !listed.is_empty() {
        return Ok(listed);
    }
    let mut files = Vec::new();
    for dir in [folder.to_path_buf(), folder.join("data")] {
        if !dir.is_dir() {
            continue;
        }
        for entry in std::fs::read_dir(&dir)?.filter_map(Result::ok) {
            let path = entry.path();
            let csv = path
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
            if csv && path.is_file() {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Reads a path: a folder of CSV files, or a file (a zip, JSON, or one CSV table).
pub fn read_path(path: &Path, limits: Limits, report: &mut Report) -> Result<Input, ImportError> {
    if path.is_dir() {
        let descriptor_path = path.join("datapackage.json");
        let descriptor = if descriptor_path.is_file() {
            let mut buf = Vec::new();
            let json = Exceeded::Json {
                file: "datapackage.json".to_owned(),
                limit: limits.json_bytes,
            };
            Capped::new(File::open(&descriptor_path)?, limits.json_bytes, json)
                .read_to_end(&mut buf)
                .map_err(|e| read_error(&e, "datapackage.json"))?;
            descriptor(&buf)
        } else {
            Descriptor::default()
        };
        let mut tables = Tables::new(limits);
        tables.version = descriptor.version.clone();
        let mut budget = limits.unpacked_bytes;
        for file in folder_tables(path, &descriptor)? {
            let name = file
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or_default()
                .to_owned();
            let mut reader = Capped::new(
                BufReader::new(File::open(&file)?),
                budget,
                Exceeded::Unpacked(limits.unpacked_bytes),
            );
            tables.add_csv(&name, &mut reader, report)?;
            budget = reader.left();
        }
        if tables.is_empty() {
            return Err(unreadable("the folder holds no HSDS CSV tables"));
        }
        return Ok(Input::Tables(tables));
    }
    let name = path
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_owned();
    let mut file = File::open(path)?;
    let mut head = [0u8; 4];
    let sniffed = file.read(&mut head)?;
    file.rewind()?;
    let lower = name.to_ascii_lowercase();
    let small = |file: File| -> Result<Vec<u8>, ImportError> {
        let mut bytes = Vec::new();
        Capped::new(
            file,
            limits.upload_bytes.min(LIMITS.upload_bytes),
            Exceeded::Upload(LIMITS.upload_bytes),
        )
        .read_to_end(&mut bytes)
        .map_err(|e| read_error(&e, &name))?;
        Ok(bytes)
    };
    if head[..sniffed].starts_with(b"PK") {
        if file.metadata()?.len() > limits.upload_bytes {
            return Err(Exceeded::Upload(limits.upload_bytes).into());
        }
        if lower.ends_with(".xlsx") || lower.ends_with(".ods") {
            return read_bytes(&small(file)?, &name, limits, report);
        }
        return read_zip(BufReader::new(file), limits, report);
    }
    let mut first = vec![0u8; 4096];
    let read = file.read(&mut first)?;
    file.rewind()?;
    if is_template(&first[..read]) {
        return sheet::read_csv(&small(file)?, limits, report);
    }
    if tables::canonical(&name).is_some() {
        let mut tables = Tables::new(limits);
        let mut reader = Capped::new(
            BufReader::new(file),
            limits.unpacked_bytes,
            Exceeded::Unpacked(limits.unpacked_bytes),
        );
        tables.add_csv(&name, &mut reader, report)?;
        return Ok(Input::Tables(tables));
    }
    let mut bytes = Vec::new();
    let json = Exceeded::Json {
        file: name.clone(),
        limit: limits.json_bytes,
    };
    Capped::new(file, limits.json_bytes, json)
        .read_to_end(&mut bytes)
        .map_err(|e| read_error(&e, &name))?;
    read_bytes(&bytes, &name, limits, report)
}
