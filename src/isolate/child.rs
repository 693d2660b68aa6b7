//! The parent's side: start a worker, hand it the job and the bytes, wait
//! for its answer no longer than the time limit, and say why it died if it
//! did.

use std::io::{Read, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde::Serialize;

use super::crash::{classify, Crash};
use super::{bounded, Answer, Isolation, Job, Reply};

/// Most of a worker's stderr kept for its log lines.
const LOG_KEPT: usize = 64 * 1024;
/// Most of the end of a worker's stderr kept to tell why it died.
const TAIL_KEPT: usize = 16 * 1024;
/// The largest answer read when the worker has no memory cap.
const UNCAPPED_REPLY: u64 = 1 << 30;

/// The request line as sent (a borrowed [`super::Request`]).
#[derive(Serialize)]
struct RequestOut<'a> {
    job: &'a Job,
    len: u64,
    max_memory: Option<u64>,
}

/// Runs one job in a fresh worker and returns its answer, or why it gave
/// none: killed at `timeout`, out of memory, crashed.
pub fn run_job(iso: &Isolation, job: &Job, bytes: &[u8], timeout: Option<Duration>) -> Result<Answer, Crash> {
    let header = serde_json::to_string(&RequestOut {
        job,
        len: bytes.len() as u64,
        max_memory: iso.max_memory,
    })
    .map_err(|e| Crash::Protocol(e.to_string()))?;
    let mut child = Command::new(&iso.program)
        .args(&iso.args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| Crash::Spawn(format!("{}: {e}", iso.program.display())))?;
    let (Some(mut stdin), Some(stdout), Some(stderr)) = (child.stdin.take(), child.stdout.take(), child.stderr.take())
    else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(Crash::Spawn("no pipes to the worker".into()));
    };
    let reply_cap = iso.max_memory.unwrap_or(UNCAPPED_REPLY);
    let (tx, rx) = mpsc::channel();
    let (out, log, tail, status) = std::thread::scope(|s| {
        s.spawn(move || {
            // A worker that dies early closes the pipe: nothing to do then.
            let _ = stdin
                .write_all(header.as_bytes())
                .and_then(|_| stdin.write_all(b"\n"))
                .and_then(|_| stdin.write_all(bytes));
        });
        let err = s.spawn(move || read_stderr(stderr));
        s.spawn(move || {
            let mut buf = Vec::new();
            let read = stdout.take(reply_cap + 1).read_to_end(&mut buf);
            let _ = tx.send(read.map(|_| buf));
        });
        let out = match bounded(timeout) {
            Some(limit) => rx.recv_timeout(limit).map_err(|_| Crash::TimedOut(limit)),
            None => rx.recv().map_err(|e| Crash::Protocol(e.to_string())),
        };
        let out = match out {
            Ok(Ok(buf)) if buf.len() as u64 > reply_cap => Err(Crash::ReplyTooLarge { limit: reply_cap }),
            Ok(Ok(buf)) => Ok(buf),
            Ok(Err(e)) => Err(Crash::Protocol(e.to_string())),
            Err(e) => Err(e),
        };
        if out.is_err() {
            // Still running (the time limit) or stuck writing: stop it.
            let _ = child.kill();
        }
        let status = child.wait();
        let (log, tail) = err.join().unwrap_or_default();
        (out, log, tail, status)
    });
    let buf = out?;
    let status = status.map_err(|e| Crash::Protocol(format!("cannot wait for the worker: {e}")))?;
    let tail = String::from_utf8_lossy(&tail);
    if !status.success() {
        return Err(classify(status, &tail, iso.max_memory));
    }
    let reply: Reply = serde_json::from_slice(&buf).map_err(|e| {
        if buf.is_empty() {
            classify(status, &tail, iso.max_memory)
        } else {
            Crash::Protocol(e.to_string())
        }
    })?;
    Ok(Answer {
        reply,
        log: parse_log(&String::from_utf8_lossy(&log)),
    })
}

/// Reads a worker's stderr to the end: its first [`LOG_KEPT`] bytes (the
/// log lines) and its last [`TAIL_KEPT`] (the last words of a crash).
fn read_stderr(mut stderr: impl Read) -> (Vec<u8>, Vec<u8>) {
    let mut head = Vec::new();
    let mut tail: Vec<u8> = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        let n = match stderr.read(&mut chunk) {
            Ok(0) | Err(_) => break,
            Ok(n) => n,
        };
        let room = LOG_KEPT.saturating_sub(head.len()).min(n);
        head.extend_from_slice(&chunk[..room]);
        tail.extend_from_slice(&chunk[..n]);
        if tail.len() > 2 * TAIL_KEPT {
            tail.drain(..tail.len() - TAIL_KEPT);
        }
    }
    if tail.len() > TAIL_KEPT {
        tail.drain(..tail.len() - TAIL_KEPT);
    }
    (head, tail)
}

/// The worker's log lines ("LEVEL message", as its subscriber writes them)
/// as (level, message); a line in no such form is a warning.
fn parse_log(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(|line| match line.split_once(' ') {
            Some((level, rest)) if ["ERROR", "WARN", "INFO", "DEBUG", "TRACE"].contains(&level) => {
                (level.to_string(), rest.trim().to_string())
            }
            _ => ("WARN".to_string(), line.to_string()),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn log_lines_keep_their_level() {
        let log = parse_log(" WARN page 3: no text\nINFO  done\nsomething raw\n");
        assert_eq!(
            log,
            vec![
                ("WARN".to_string(), "page 3: no text".to_string()),
                ("INFO".to_string(), "done".to_string()),
                ("WARN".to_string(), "something raw".to_string()),
            ]
        );
    }

    #[test]
    fn stderr_keeps_its_head_and_its_tail() {
        let mut text = vec![b'a'; LOG_KEPT * 3];
        text.extend_from_slice(b"the end");
        let (head, tail) = read_stderr(&text[..]);
        assert_eq!(head.len(), LOG_KEPT);
        assert_eq!(tail.len(), TAIL_KEPT);
        assert!(tail.ends_with(b"the end"));
    }
}
