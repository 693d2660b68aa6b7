//! The pipeline: a file's bytes through reader, segmenter and normalisers to
//! records. Library callers start here; the CLI is a thin layer over it.

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::model::Document;
use crate::normalise::deadline::normalise_deadline;
use crate::normalise::owners::{normalise_owners, Glossary};
use crate::normalise::status::{read_rag, status_from_progress, status_from_text, RagReading};
use crate::read::{read_bytes_with, sniff, InputFormat, ReadError, ReadOptions};
use crate::record::{Action, DocumentInfo, Location, Recommendation, Record, SCHEMA_VERSION};
use crate::segment::{meta, segment, RawAction};

/// Settings for one extraction.
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    /// The council name to record, overriding what the text says.
    pub council: Option<String>,
    /// The user's owner abbreviations, applied after the built-in ones.
    pub glossary: Glossary,
    /// Largest input accepted, in bytes: protects a batch from a runaway file.
    pub max_bytes: u64,
    /// Reader settings: PDF password, decompression cap.
    pub read: ReadOptions,
    /// Longest one document may take to read; None waits for ever.
    pub timeout: Option<std::time::Duration>,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            council: None,
            glossary: Glossary::default(),
            max_bytes: 200 * 1024 * 1024,
            read: ReadOptions::default(),
            timeout: Some(std::time::Duration::from_secs(60)),
        }
    }
}

/// Why one input produced no records. Each names the file.
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The file could not be opened or read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The input.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is larger than the limit.
    #[error("{path}: {size} bytes is over the {limit}-byte input limit (raise it with --max-size)")]
    TooLarge {
        /// The input.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit in force.
        limit: u64,
    },
    /// Reading took longer than the per-document limit.
    #[error("{path}: gave up after {seconds} s (raise the limit with --timeout)")]
    Timeout {
        /// The input.
        path: PathBuf,
        /// The limit in force.
        seconds: u64,
    },
    /// The reader could not make a document of it.
    #[error("{path}: {source}")]
    Read {
        /// The input.
        path: PathBuf,
        /// The reader's reason.
        source: ReadError,
    },
}

impl ExtractError {
    /// The pipeline stage that failed: "open" or "read".
    pub fn stage(&self) -> &'static str {
        match self {
            ExtractError::Io { .. } | ExtractError::TooLarge { .. } => "open",
            ExtractError::Read { .. } | ExtractError::Timeout { .. } => "read",
        }
    }
}

/// Extracts every action record from one file.
pub fn extract_path(path: &Path, opts: &ExtractOptions) -> Result<Vec<Record>, ExtractError> {
    let io = |source| ExtractError::Io {
        path: path.to_path_buf(),
        source,
    };
    let size = fs::metadata(path).map_err(io)?.len();
    if size > opts.max_bytes {
        return Err(ExtractError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: opts.max_bytes,
        });
    }
    let bytes = Arc::new(fs::read(path).map_err(io)?);
    extract_from(Input::Shared(bytes), path, opts)
}

/// Extracts every action record from a document's bytes; `path` names it.
pub fn extract_bytes(bytes: &[u8], path: &Path, opts: &ExtractOptions) -> Result<Vec<Record>, ExtractError> {
    extract_from(Input::Borrowed(bytes), path, opts)
}

/// A document's bytes, borrowed from a caller or already owned: the read
/// runs on a thread of its own and needs them shared, which costs a copy
/// only when they were borrowed.
enum Input<'a> {
    Borrowed(&'a [u8]),
    Shared(Arc<Vec<u8>>),
}

impl Input<'_> {
    fn bytes(&self) -> &[u8] {
        match self {
            Input::Borrowed(b) => b,
            Input::Shared(b) => b,
        }
    }

    fn shared(&self) -> Arc<Vec<u8>> {
        match self {
            Input::Borrowed(b) => Arc::new(b.to_vec()),
            Input::Shared(b) => Arc::clone(b),
        }
    }
}

fn extract_from(input: Input<'_>, path: &Path, opts: &ExtractOptions) -> Result<Vec<Record>, ExtractError> {
    let bytes = input.bytes();
    let format = sniff(bytes, path);
    let doc = read_within(&input, format, path, opts)?;
    let info = DocumentInfo {
        path: path.display().to_string(),
        url: None,
        sha256: hex(&Sha256::digest(bytes)),
        format: format.name().to_string(),
        council: None,
        title: None,
        date: None,
    };
    Ok(records_from_document(&doc, info, opts))
}

/// Reads the document, giving up after the time limit. The reader runs on
/// its own thread so a runaway document cannot hold up the batch; one that
/// times out is abandoned (its thread finishes in the background).
fn read_within(
    input: &Input<'_>,
    format: InputFormat,
    path: &Path,
    opts: &ExtractOptions,
) -> Result<Document, ExtractError> {
    let read_error = |source| ExtractError::Read {
        path: path.to_path_buf(),
        source,
    };
    let bytes = input.bytes();
    let Some(limit) = opts.timeout else {
        return read_bytes_with(bytes, format, &opts.read).map_err(read_error);
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let owned = input.shared();
    let read_opts = opts.read.clone();
    let spawned = std::thread::Builder::new()
        .name("actionplan-read".into())
        .spawn(move || {
            let _ = tx.send(read_bytes_with(&owned, format, &read_opts));
        });
    if spawned.is_err() {
        // No thread to spare: read here, without the limit.
        return read_bytes_with(bytes, format, &opts.read).map_err(read_error);
    }
    match rx.recv_timeout(limit) {
        Ok(result) => result.map_err(read_error),
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(read_error(ReadError::Panicked(
            "the reader thread stopped without an answer".into(),
        ))),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Err(ExtractError::Timeout {
            path: path.to_path_buf(),
            seconds: limit.as_secs(),
        }),
    }
}

/// Segments and normalises a document already read: the seam for callers
/// with their own reader.
pub fn records_from_document(doc: &Document, mut info: DocumentInfo, opts: &ExtractOptions) -> Vec<Record> {
    let meta = meta::detect(doc);
    info.council = opts.council.clone().or(meta.council);
    info.title = info.title.or(meta.title);
    info.date = info.date.or(meta.date.map(|d| d.iso()));
    let doc_date = meta.date.map(|d| d.first_day);
    // The document's own glossary names its local abbreviations; the
    // user's glossary wins over it.
    let mut glossary = Glossary {
        entries: crate::segment::glossary::from_document(doc),
    };
    glossary.entries.extend(opts.glossary.entries.clone());
    segment(doc)
        .into_iter()
        .map(|raw| to_record(raw, &info, doc_date, &glossary))
        .collect()
}

fn to_record(raw: RawAction, info: &DocumentInfo, doc_date: Option<chrono::NaiveDate>, glossary: &Glossary) -> Record {
    let RawAction {
        rec_id,
        rec_title,
        rec_text,
        action_id,
        action_text,
        lead,
        deadline,
        status,
        rag,
        progress,
        page,
        table,
        row,
        mut warnings,
    } = raw;
    let reading = normalise_deadline(deadline.as_deref().unwrap_or(""), doc_date);
    if reading.deadline.kind == crate::record::DeadlineKind::Unparsed {
        warnings.push(format!(
            "deadline {:?} could not be read as a date; kept as printed",
            reading.deadline.raw.as_deref().unwrap_or("")
        ));
    }
    // The status a status field states, else the first words of the
    // progress note, else a status word in the deadline cell; BRAG's blue
    // is complete.
    let rag_reading = rag.as_deref().map(read_rag);
    if let Some(RagReading::TwoColour(printed)) = &rag_reading {
        warnings.push(format!("RAG {printed:?} names two colours; left unrated"));
    }
    let status = status
        .as_deref()
        .and_then(status_from_text)
        .or_else(|| progress.as_deref().and_then(status_from_progress))
        .or(reading.status)
        .or_else(|| matches!(rag_reading, Some(RagReading::Blue)).then_some(crate::record::Status::Complete));
    let recommendation = (rec_id.is_some() || rec_title.is_some() || rec_text.is_some()).then_some(Recommendation {
        id: rec_id,
        title: rec_title,
        text: rec_text,
    });
    Record {
        schema_version: SCHEMA_VERSION,
        document: info.clone(),
        recommendation,
        action: Action {
            id: action_id,
            text: action_text,
        },
        lead: lead
            .as_deref()
            .map(|l| normalise_owners(l, glossary))
            .unwrap_or_default(),
        deadline: reading.deadline,
        status,
        rag: match rag_reading {
            Some(RagReading::Rag(r)) => Some(r),
            _ => None,
        },
        progress,
        location: Location { page, table, row },
        warnings,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
