//! Reading a document in a child process, so one hostile file costs nothing
//! but itself.
//!
//! Fixing each way a reader can fail is necessary but never enough: a stack
//! overflow or a failed allocation aborts the whole process and cannot be
//! caught in it, and a reader thread that spins cannot be stopped. So the
//! command line reads each document in a child process (the same program in
//! a hidden worker mode, as Apache Tika's ForkParser does): its memory is
//! capped ([`limit_memory`]), it is killed at the time limit, and when it
//! dies the parent names the document and the cause ([`Crash`]) and carries
//! on with the others.
//!
//! The protocol, over a worker's stdin and stdout: a JSON line ([`Request`])
//! followed by the document's bytes, answered by a JSON line ([`Response`]:
//! the [`Reply`] and the log lines the job wrote, which the parent logs again
//! with the document's name). A worker serves jobs one after another until
//! its stdin closes; what the runtime writes on its stderr as it dies (a
//! panic, "memory allocation of N bytes failed", a stack overflow) tells the
//! parent why.
//!
//! A pool of long-lived workers (at most one per parallel job), not a
//! process per document: a fresh process pays for starting and for
//! compiling the segmenter's and normalisers' patterns again, measured at
//! tens of milliseconds a document (`benches/isolation.sh`), as much as
//! reading a small document takes. A worker that timed out or died is
//! stopped and replaced; one that served [`JOBS_PER_WORKER`] jobs too, so
//! no document's fragmented memory weighs on many after it.

mod child;
mod crash;
mod limits;
mod worker;

use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::read::ReadError;
use crate::record::Record;

pub use child::run_job;
pub use crash::Crash;
pub use limits::limit_memory;
pub use worker::{serve, LogSink};

/// Jobs one worker serves before a fresh one replaces it.
pub const JOBS_PER_WORKER: usize = 64;

/// How to start workers (the program and the arguments that put it in
/// worker mode, and the memory each may use), and the pool of those
/// started and idle. Clones share the pool.
#[derive(Clone)]
pub struct Isolation {
    /// The program to run (the command line passes its own executable).
    pub program: PathBuf,
    /// Arguments that make it serve requests on stdin ([`serve`]).
    pub args: Vec<String>,
    /// Most memory one worker may use, in bytes; None for no cap. The
    /// worker applies it to itself with [`limit_memory`]; the parent uses
    /// it to name an allocation failure and to cap the reply it reads.
    pub max_memory: Option<u64>,
    /// Workers waiting for a job.
    idle: child::Idle,
}

impl Isolation {
    /// Settings for workers started as `program args…`, each capped at
    /// `max_memory` bytes; no worker is started until a job needs one.
    pub fn new(program: PathBuf, args: Vec<String>, max_memory: Option<u64>) -> Isolation {
        Isolation {
            program,
            args,
            max_memory,
            idle: Default::default(),
        }
    }
}

impl std::fmt::Debug for Isolation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Isolation")
            .field("program", &self.program)
            .field("args", &self.args)
            .field("max_memory", &self.max_memory)
            .finish_non_exhaustive()
    }
}

/// What a worker is asked to do with the bytes that follow the request.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Job {
    /// Extract action records (the whole pipeline) from a document.
    Extract {
        /// The name the records and errors give the document.
        name: String,
        /// The council to record, overriding the text.
        council: Option<String>,
        /// The user's owner abbreviations.
        glossary: crate::normalise::owners::Glossary,
        /// Reader settings.
        read: crate::read::ReadOptions,
    },
    /// The document model as a reader builds it, as pretty JSON.
    Model {
        /// The document's name (its file name decides the format when the
        /// bytes do not).
        name: String,
        /// Reader settings.
        read: crate::read::ReadOptions,
    },
    /// The tables of a document, as JSON or CSV blocks.
    Tables {
        /// The document's name.
        name: String,
        /// The PDF password, if any.
        password: Option<String>,
        /// CSV blocks rather than JSON.
        csv: bool,
    },
    /// The links on a page that lead to action plans.
    Links {
        /// The page's URL after redirects, to resolve links against.
        base: String,
        /// The link patterns in force.
        patterns: Vec<String>,
        /// Most links to return.
        max_links: usize,
    },
}

/// The first line a worker reads: the job, and how many bytes follow it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Request {
    /// What to do.
    pub job: Job,
    /// The length of the document's bytes after the line.
    pub len: u64,
    /// The memory cap the worker puts on itself before reading the bytes.
    pub max_memory: Option<u64>,
}

/// What a worker answers.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub enum Reply {
    /// The records of an [`Job::Extract`].
    Records(Vec<Record>),
    /// The printed output of a [`Job::Model`] or [`Job::Tables`].
    Text(String),
    /// The links of a [`Job::Links`].
    Links(Vec<String>),
    /// The reader could not make a document of the bytes.
    Failed(ReadError),
}

/// What a worker writes for each request: the reply and the log lines the
/// job wrote, each as (level, message).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Response {
    /// The reply.
    pub reply: Reply,
    /// (level, message) for each log line of the job.
    pub log: Vec<(String, String)>,
}

/// A worker's answer and the log lines it wrote on the way, each with its
/// level ("WARN", "INFO", ...), for the parent to log again with the
/// document's name.
#[derive(Debug, Clone)]
pub struct Answer {
    /// The reply.
    pub reply: Reply,
    /// (level, message) for each log line the worker wrote.
    pub log: Vec<(String, String)>,
}

/// Re-logs a worker's log lines with the document's name, so every line on
/// stderr says which file it is about. For a document that failed they go
/// to the debug log only: its one line of error says what matters.
pub fn relog(name: &str, log: &[(String, String)], failed: bool) {
    let name = crate::escape::one_line(name);
    for (level, message) in log {
        if failed {
            tracing::debug!("{name}: {message}");
            continue;
        }
        match level.as_str() {
            "ERROR" => tracing::error!("{name}: {message}"),
            "WARN" => tracing::warn!("{name}: {message}"),
            "INFO" => tracing::info!("{name}: {message}"),
            "DEBUG" => tracing::debug!("{name}: {message}"),
            _ => tracing::trace!("{name}: {message}"),
        }
    }
}

/// The time limit as the child runner takes it: None, or a duration no
/// larger than a year (so adding it to an instant cannot overflow).
pub(crate) fn bounded(limit: Option<Duration>) -> Option<Duration> {
    limit.map(|d| d.min(Duration::from_secs(365 * 24 * 3600)))
}
