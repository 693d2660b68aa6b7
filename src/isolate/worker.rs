//! The worker's side: read one request and the document's bytes, do the
//! job in this process, write the reply.

use std::io::{BufRead, Read, Write};
use std::path::Path;

use super::{limit_memory, Job, Reply, Request};
use crate::extract::{extract_bytes, ExtractError, ExtractOptions};
use crate::read::pdf::engine::guarded;
use crate::read::pdf::PdfOptions;
use crate::read::tables::{tables_of, tables_to_csv};
use crate::read::{read_bytes_with, sniff, ReadError};

/// Longest request line accepted: the job's settings, never the document.
const MAX_REQUEST_LINE: u64 = 1 << 20;

/// Serves one request: reads the request line, caps this process's memory
/// as it asks, reads the document's bytes, does the job and writes the
/// reply as JSON. Only I/O and protocol errors are errors; a document that
/// cannot be read is a [`Reply::Failed`].
pub fn serve(input: &mut impl BufRead, output: &mut impl Write) -> std::io::Result<()> {
    let mut line = String::new();
    input.by_ref().take(MAX_REQUEST_LINE).read_line(&mut line)?;
    let request: Request = serde_json::from_str(&line).map_err(std::io::Error::other)?;
    if let Some(bytes) = request.max_memory {
        limit_memory(bytes)?;
    }
    let mut bytes = Vec::new();
    input.take(request.len).read_to_end(&mut bytes)?;
    if bytes.len() as u64 != request.len {
        return Err(std::io::Error::new(
            std::io::ErrorKind::UnexpectedEof,
            "the document's bytes were cut short",
        ));
    }
    let reply = answer(request.job, &bytes);
    serde_json::to_writer(&mut *output, &reply).map_err(std::io::Error::other)?;
    output.flush()
}

/// Does one job in this process.
fn answer(job: Job, bytes: &[u8]) -> Reply {
    match job {
        Job::Extract {
            name,
            council,
            glossary,
            read,
        } => {
            let opts = ExtractOptions {
                council,
                glossary,
                read,
                max_bytes: u64::MAX,
                timeout: None,
                isolation: None,
            };
            match extract_bytes(bytes, Path::new(&name), &opts) {
                Ok(records) => Reply::Records(records),
                Err(ExtractError::Read { source, .. }) => Reply::Failed(source),
                Err(other) => Reply::Failed(ReadError::Malformed(other.to_string())),
            }
        }
        Job::Model { name, read } => match read_bytes_with(bytes, sniff(bytes, Path::new(&name)), &read) {
            Ok(doc) => match serde_json::to_string_pretty(&doc) {
                Ok(mut text) => {
                    text.push('\n');
                    Reply::Text(text)
                }
                Err(e) => Reply::Failed(ReadError::Malformed(e.to_string())),
            },
            Err(e) => Reply::Failed(e),
        },
        Job::Tables { name, password, csv } => {
            let pdf = PdfOptions { password };
            let tables = match guarded(|| tables_of(bytes, sniff(bytes, Path::new(&name)), &pdf)) {
                Ok(Ok(t)) => t,
                Ok(Err(e)) => return Reply::Failed(e),
                Err(panic) => return Reply::Failed(ReadError::Panicked(panic)),
            };
            let text = if csv {
                tables_to_csv(&tables).map(|b| String::from_utf8_lossy(&b).into_owned())
            } else {
                serde_json::to_string_pretty(&tables)
                    .map(|s| s + "\n")
                    .map_err(|e| csv::Error::from(std::io::Error::other(e)))
            };
            match text {
                Ok(t) => Reply::Text(t),
                Err(e) => Reply::Failed(ReadError::Malformed(e.to_string())),
            }
        }
        Job::Links {
            base,
            patterns,
            max_links,
        } => match url::Url::parse(&base) {
            Ok(base) => {
                let html = String::from_utf8_lossy(bytes);
                let links = crate::sources::discover_links_within(
                    &html,
                    &base,
                    &patterns,
                    max_links,
                    crate::sources::LINK_DISCOVERY_TIME,
                );
                Reply::Links(links.into_iter().map(String::from).collect())
            }
            Err(e) => Reply::Failed(ReadError::Malformed(format!("{base}: {e}"))),
        },
    }
}
