//! The worker's side: read a request and the document's bytes, do the job
//! in this process, write the response; again until stdin closes.

use std::io::{BufRead, Read, Write};
use std::path::Path;
use std::sync::Mutex;

use super::limits::die_with_parent;
use super::{limit_memory, Job, Reply, Request, Response};
use crate::extract::{extract_bytes, ExtractError, ExtractOptions};
use crate::read::pdf::engine::guarded;
use crate::read::pdf::PdfOptions;
use crate::read::tables::{tables_of, tables_to_csv};
use crate::read::{read_bytes_with, sniff, ReadError};

/// Longest request line accepted: the job's settings, never the document.
const MAX_REQUEST_LINE: u64 = 1 << 20;

/// Serves requests until stdin closes: reads a request line, caps this
/// process's memory as it asks, reads the document's bytes, does the job
/// and writes the response (the reply and the job's log lines from
/// [`LogSink`]) as one JSON line. Only I/O and protocol errors are errors;
/// a document that cannot be read is a [`Reply::Failed`].
pub fn serve(input: &mut impl BufRead, output: &mut impl Write) -> std::io::Result<()> {
    die_with_parent();
    loop {
        let mut line = String::new();
        if input.by_ref().take(MAX_REQUEST_LINE).read_line(&mut line)? == 0 {
            return Ok(()); // the parent is done with this worker
        }
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
        take_log(); // whatever was logged between jobs is no job's
        let reply = answer(request.job, &bytes);
        drop(bytes);
        let response = Response { reply, log: take_log() };
        serde_json::to_writer(&mut *output, &response).map_err(std::io::Error::other)?;
        output.write_all(b"\n")?;
        output.flush()?;
    }
}

/// Most bytes of log kept for one job.
const LOG_KEPT: usize = 64 * 1024;

/// The log lines written since the last call.
static LOG: Mutex<Vec<u8>> = Mutex::new(Vec::new());

/// Where a worker's log subscriber writes (`tracing_subscriber::fmt()
/// .with_writer(LogSink)`): kept in memory and sent with the job's
/// response, so the parent can name the document on every line; stderr is
/// left to the runtime's last words.
#[derive(Debug, Clone, Copy, Default)]
pub struct LogSink;

impl Write for LogSink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut log = LOG.lock().unwrap_or_else(|p| p.into_inner());
        let room = LOG_KEPT.saturating_sub(log.len()).min(buf.len());
        log.extend_from_slice(&buf[..room]);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for LogSink {
    type Writer = LogSink;

    fn make_writer(&'a self) -> LogSink {
        LogSink
    }
}

/// The log lines written since the last call, as (level, message).
fn take_log() -> Vec<(String, String)> {
    let text = std::mem::take(&mut *LOG.lock().unwrap_or_else(|p| p.into_inner()));
    parse_log(&String::from_utf8_lossy(&text))
}

/// Log lines ("LEVEL message", as the subscriber writes them) as (level,
/// message); a line in no such form is a warning. The `read{file=…}: `
/// span the pipeline opens is left out: the parent names the file.
fn parse_log(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| match line.split_once(' ') {
            Some((level, rest)) if ["ERROR", "WARN", "INFO", "DEBUG", "TRACE"].contains(&level) => {
                (level.to_string(), without_read_span(rest.trim()).to_string())
            }
            _ => ("WARN".to_string(), line.to_string()),
        })
        .collect()
}

/// A message without the leading `read{file=…}: ` span, if it has one.
fn without_read_span(message: &str) -> &str {
    match message.strip_prefix("read{file=") {
        Some(rest) => rest.split_once("}: ").map_or(message, |(_, m)| m),
        None => message,
    }
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
                tables_to_csv(&tables, true).map(|b| String::from_utf8_lossy(&b).into_owned())
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_lines_keep_their_level() {
        let log = parse_log(" WARN page 3: no text\nINFO  done\nsomething raw\nERROR read{file=a.pdf}: bad xref\n");
        assert_eq!(
            log,
            vec![
                ("WARN".to_string(), "page 3: no text".to_string()),
                ("INFO".to_string(), "done".to_string()),
                ("WARN".to_string(), "something raw".to_string()),
                ("ERROR".to_string(), "bad xref".to_string()),
            ]
        );
    }

    #[test]
    fn serves_requests_until_stdin_closes() {
        let mut input = Vec::new();
        for text in ["first", "second"] {
            let request = serde_json::json!({
                "job": {"Model": {"name": "x.txt", "read": {"pdf_password": null, "max_decompressed": 1024}}},
                "len": text.len(),
                "max_memory": null,
            });
            input.extend_from_slice(request.to_string().as_bytes());
            input.push(b'\n');
            input.extend_from_slice(text.as_bytes());
        }
        let mut output = Vec::new();
        serve(&mut &input[..], &mut output).unwrap();
        let lines: Vec<Response> = String::from_utf8(output)
            .unwrap()
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 2);
        assert!(matches!(&lines[1].reply, Reply::Text(t) if t.contains("second")));
    }
}
