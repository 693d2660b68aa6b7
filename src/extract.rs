//! The pipeline: a file's bytes through reader, segmenter and normalisers to
//! records. Library callers start here; the CLI is a thin layer over it.
//!
//! A document is read in this process by default, on a thread of its own
//! so the time limit can give it up. With [`ExtractOptions::isolation`] set
//! (as the command line does) it is read in a child process instead, capped
//! in memory and killed at the time limit: see [`crate::isolate`].

use std::fs;
use std::io::Read as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use sha2::{Digest, Sha256};

use crate::escape;
use crate::isolate::{self, Crash, Isolation, Job, Reply};
use crate::model::Document;
use crate::normalise::deadline::normalise_deadline;
use crate::normalise::owners::{normalise_owners, Glossary};
use crate::normalise::status::{read_rag, status_from_progress, status_from_text, RagReading};
use crate::read::{read_bytes_with, sniff, ReadError, ReadOptions};
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
    /// Longest one document may take to read, segment and normalise; None
    /// waits for ever.
    pub timeout: Option<std::time::Duration>,
    /// Read each document in a child process (memory capped, killed at the
    /// time limit) rather than in this one; None reads in process.
    pub isolation: Option<Isolation>,
}

impl Default for ExtractOptions {
    fn default() -> Self {
        ExtractOptions {
            council: None,
            glossary: Glossary::default(),
            max_bytes: 200 * 1024 * 1024,
            read: ReadOptions::default(),
            timeout: Some(std::time::Duration::from_secs(60)),
            isolation: None,
        }
    }
}

/// Why one input produced no records. Each names the file (control
/// characters in the name escaped, so the message is one line).
#[derive(Debug, thiserror::Error)]
pub enum ExtractError {
    /// The file could not be opened or read.
    #[error("{}: cannot read: {}", escape::path(path), escape::io_error(source))]
    Io {
        /// The input.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is larger than the limit.
    #[error(
        "{}: over the {limit}-byte input limit (at least {size} bytes; raise it with --max-size)",
        escape::path(path)
    )]
    TooLarge {
        /// The input.
        path: PathBuf,
        /// Its size, or as much of it as was read before the limit.
        size: u64,
        /// The limit in force.
        limit: u64,
    },
    /// Not a regular file (a FIFO, a device, a socket) found in a folder.
    #[error("{}: not a regular file ({kind}); skipped", escape::path(path))]
    NotRegular {
        /// The input.
        path: PathBuf,
        /// What it is instead: "a FIFO", "a device", ...
        kind: &'static str,
    },
    /// Reading took longer than the per-document limit.
    #[error("{}: gave up after {seconds} s (raise the limit with --timeout)", escape::path(path))]
    Timeout {
        /// The input.
        path: PathBuf,
        /// The limit in force.
        seconds: u64,
    },
    /// The reader could not make a document of it.
    #[error("{}: {}", escape::path(path), escape::one_line(&source.to_string()))]
    Read {
        /// The input.
        path: PathBuf,
        /// The reader's reason.
        source: ReadError,
    },
    /// The worker process reading it died: out of memory, a stack
    /// overflow, a crash (only with [`ExtractOptions::isolation`]).
    #[error("{}: {crash}", escape::path(path))]
    Crashed {
        /// The input.
        path: PathBuf,
        /// How the worker died.
        crash: Crash,
    },
}

impl ExtractError {
    /// The pipeline stage that failed: "open" or "read".
    pub fn stage(&self) -> &'static str {
        match self {
            ExtractError::Io { .. } | ExtractError::TooLarge { .. } | ExtractError::NotRegular { .. } => "open",
            ExtractError::Read { .. } | ExtractError::Timeout { .. } | ExtractError::Crashed { .. } => "read",
        }
    }

    /// The error for a worker that gave no answer about `path`.
    fn from_crash(path: &Path, crash: Crash) -> ExtractError {
        match crash {
            Crash::TimedOut(limit) => ExtractError::Timeout {
                path: path.to_path_buf(),
                seconds: limit.as_secs(),
            },
            crash => ExtractError::Crashed {
                path: path.to_path_buf(),
                crash,
            },
        }
    }
}

/// What kind of file a path names, where it is not a regular file or a
/// folder: "a FIFO", "a device", "a socket".
pub fn special_kind(meta: &fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() || t.is_dir() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt as _;
        if t.is_fifo() {
            return Some("a FIFO");
        }
        if t.is_char_device() || t.is_block_device() {
            return Some("a device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a file")
}

/// Reads a whole file, but never more than `max_bytes`: the size on disk is
/// not trusted (a device such as /dev/zero says 0 and never ends; a file may
/// grow while read). A FIFO or device named here is read as a stream.
pub fn read_capped(path: &Path, max_bytes: u64) -> Result<Vec<u8>, ExtractError> {
    let io = |source| ExtractError::Io {
        path: path.to_path_buf(),
        source,
    };
    let file = fs::File::open(path).map_err(io)?;
    let size = file.metadata().map_err(io)?.len();
    if size > max_bytes {
        return Err(ExtractError::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: max_bytes,
        });
    }
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0).saturating_add(1));
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io)?;
    if bytes.len() as u64 > max_bytes {
        return Err(ExtractError::TooLarge {
            path: path.to_path_buf(),
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    Ok(bytes)
}

/// Extracts every action record from one file.
pub fn extract_path(path: &Path, opts: &ExtractOptions) -> Result<Vec<Record>, ExtractError> {
    let bytes = read_capped(path, opts.max_bytes)?;
    extract_from(Input::Shared(Arc::new(bytes)), path, opts)
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
    match &opts.isolation {
        Some(iso) => extract_isolated(iso, input.bytes(), path, opts),
        None => extract_in_process(input, path, opts),
    }
}

/// Extracts in a worker process: the whole pipeline (read, segment,
/// normalise) under its memory cap and the time limit.
fn extract_isolated(
    iso: &Isolation,
    bytes: &[u8],
    path: &Path,
    opts: &ExtractOptions,
) -> Result<Vec<Record>, ExtractError> {
    let name = path.to_string_lossy().into_owned();
    let job = Job::Extract {
        name: name.clone(),
        council: opts.council.clone(),
        glossary: opts.glossary.clone(),
        read: opts.read.clone(),
    };
    let answer = isolate::run_job(iso, &job, bytes, opts.timeout).map_err(|c| ExtractError::from_crash(path, c))?;
    isolate::relog(&name, &answer.log, !matches!(answer.reply, Reply::Records(_)));
    match answer.reply {
        Reply::Records(records) => Ok(records),
        Reply::Failed(source) => Err(ExtractError::Read {
            path: path.to_path_buf(),
            source,
        }),
        other => Err(ExtractError::from_crash(
            path,
            Crash::Protocol(format!("records expected, got {other:?}")),
        )),
    }
}

/// Extracts in this process. The read, segmenting and normalising run on a
/// thread of their own, so a runaway document cannot hold up the batch past
/// the time limit; one that times out is abandoned (its thread finishes in
/// the background: only a worker process can really be stopped).
fn extract_in_process(input: Input<'_>, path: &Path, opts: &ExtractOptions) -> Result<Vec<Record>, ExtractError> {
    let Some(limit) = isolate::bounded(opts.timeout) else {
        return records_of(input.bytes(), path, opts);
    };
    let (tx, rx) = std::sync::mpsc::channel();
    let owned = input.shared();
    let (owned_path, owned_opts) = (path.to_path_buf(), opts.clone());
    let spawned = std::thread::Builder::new()
        .name("actionplan-read".into())
        .spawn(move || {
            let _ = tx.send(records_of(&owned, &owned_path, &owned_opts));
        });
    if spawned.is_err() {
        // No thread to spare: read here, without the limit.
        return records_of(input.bytes(), path, opts);
    }
    match rx.recv_timeout(limit) {
        Ok(result) => result,
        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => Err(ExtractError::Read {
            path: path.to_path_buf(),
            source: ReadError::Panicked("the reader thread stopped without an answer".into()),
        }),
        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => Err(ExtractError::Timeout {
            path: path.to_path_buf(),
            seconds: limit.as_secs(),
        }),
    }
}

/// The whole pipeline on this thread: read, then segment and normalise.
fn records_of(bytes: &[u8], path: &Path, opts: &ExtractOptions) -> Result<Vec<Record>, ExtractError> {
    // Log lines from the readers (lopdf's, html5ever's) then name the file.
    let _span = tracing::warn_span!("read", file = %escape::path(path)).entered();
    let format = sniff(bytes, path);
    let doc: Document = read_bytes_with(bytes, format, &opts.read).map_err(|source| ExtractError::Read {
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
    // The document's own glossary names its local abbreviations; the
    // user's glossary wins over it.
    let mut glossary = Glossary {
        entries: crate::segment::glossary::from_document(doc),
    };
    glossary.entries.extend(opts.glossary.entries.clone());
    segment(doc)
        .into_iter()
        .map(|raw| {
            let mut record = to_record(raw, &info, doc_date, &glossary);
            // What the reader could not trust concerns every record.
            record.warnings.extend(doc.warnings.iter().cloned());
            record
        })
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
        lineage: None,
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}
