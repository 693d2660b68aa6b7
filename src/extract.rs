//! The pipeline: a file's bytes through reader, segmenter and normalisers to
//! records. Library callers start here; the CLI is a thin layer over it.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::model::Document;
use crate::normalise::deadline::normalise_deadline;
use crate::normalise::owners::{normalise_owners, Glossary};
use crate::normalise::status::{rag_from_text, status_from_progress, status_from_text};
use crate::read::{read_bytes, sniff, ReadError};
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
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            council: None,
            glossary: Glossary::default(),
            max_bytes: 200 * 1024 * 1024,
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
            ExtractError::Read { .. } => "read",
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
    let bytes = fs::read(path).map_err(io)?;
    extract_bytes(&bytes, path, opts)
}

/// Extracts every action record from a document's bytes; `path` names it.
pub fn extract_bytes(bytes: &[u8], path: &Path, opts: &ExtractOptions) -> Result<Vec<Record>, ExtractError> {
    let format = sniff(bytes, path);
    let doc = read_bytes(bytes, format).map_err(|source| ExtractError::Read {
        path: path.to_path_buf(),
        source,
    })?;
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

/// Segments and normalises a document already read: the seam for callers
/// with their own reader.
pub fn records_from_document(doc: &Document, mut info: DocumentInfo, opts: &ExtractOptions) -> Vec<Record> {
    let meta = meta::detect(doc);
    info.council = opts.council.clone().or(meta.council);
    info.title = info.title.or(meta.title);
    info.date = info.date.or(meta.date.map(|d| d.iso()));
    let doc_date = meta.date.map(|d| d.first_day);
    segment(doc)
        .into_iter()
        .map(|raw| to_record(raw, &info, doc_date, opts))
        .collect()
}

fn to_record(
    raw: RawAction,
    info: &DocumentInfo,
    doc_date: Option<chrono::NaiveDate>,
    opts: &ExtractOptions,
) -> Record {
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
    let status = status
        .as_deref()
        .and_then(status_from_text)
        .or(reading.status)
        .or_else(|| progress.as_deref().and_then(status_from_progress));
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
            .map(|l| normalise_owners(l, &opts.glossary))
            .unwrap_or_default(),
        deadline: reading.deadline,
        status,
        rag: rag.as_deref().and_then(rag_from_text),
        progress,
        location: Location { page, table, row },
        warnings,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
