//! The parent's side: a pool of worker processes, each serving one job at
//! a time; a job is handed to an idle worker (or a new one), answered no
//! later than the time limit, and a worker that died is replaced and the
//! cause of its death named.

use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, ExitStatus, Stdio};
use std::sync::{mpsc, Arc, Mutex};
use std::time::Duration;

use serde::Serialize;

use super::crash::{classify, Crash};
use super::{bounded, Answer, Isolation, Job, Response, JOBS_PER_WORKER};

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

/// One worker process and its pipes.
pub(crate) struct Worker {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    /// The last [`TAIL_KEPT`] bytes it wrote on stderr (a crash's words).
    tail: Arc<Mutex<Vec<u8>>>,
    /// Reads its stderr until it closes.
    stderr_reader: Option<std::thread::JoinHandle<()>>,
    /// Jobs answered so far.
    jobs: usize,
}

impl Worker {
    fn spawn(iso: &Isolation) -> Result<Worker, Crash> {
        let mut child = Command::new(&iso.program)
            .args(&iso.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| Crash::Spawn(format!("{}: {e}", iso.program.display())))?;
        let (Some(stdin), Some(stdout), Some(mut stderr)) =
            (child.stdin.take(), child.stdout.take(), child.stderr.take())
        else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(Crash::Spawn("no pipes to the worker".into()));
        };
        let tail = Arc::new(Mutex::new(Vec::new()));
        let keep = Arc::clone(&tail);
        let stderr_reader = std::thread::Builder::new()
            .name("actionplan-worker-stderr".into())
            .spawn(move || {
                let mut chunk = [0u8; 8192];
                while let Ok(n) = stderr.read(&mut chunk) {
                    if n == 0 {
                        break;
                    }
                    let mut t = keep.lock().unwrap_or_else(|p| p.into_inner());
                    t.extend_from_slice(&chunk[..n]);
                    if t.len() > 2 * TAIL_KEPT {
                        let cut = t.len() - TAIL_KEPT;
                        t.drain(..cut);
                    }
                }
            })
            .ok();
        Ok(Worker {
            child,
            stdin,
            stdout: BufReader::new(stdout),
            tail,
            stderr_reader,
            jobs: 0,
        })
    }

    /// Stops the worker (if it still runs) and returns how it ended and
    /// the last words on its stderr.
    fn finish(mut self) -> (Option<ExitStatus>, String) {
        let _ = self.child.kill();
        let status = self.child.wait().ok();
        if let Some(reader) = self.stderr_reader.take() {
            let _ = reader.join();
        }
        let tail = self.tail.lock().unwrap_or_else(|p| p.into_inner());
        let start = tail.len().saturating_sub(TAIL_KEPT);
        (status, String::from_utf8_lossy(&tail[start..]).into_owned())
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        // An idle worker waits on stdin; it is not wanted any more.
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The workers waiting for a job, shared by the clones of one
/// [`Isolation`].
pub(crate) type Idle = Arc<Mutex<Vec<Worker>>>;

/// Why one exchange with a worker gave no answer.
enum Failure {
    /// Still working at the time limit.
    TimedOut(Duration),
    /// The worker closed its end: it died (or was never well).
    Died,
    /// An answer larger than the cap.
    TooLarge(u64),
    /// An answer that is not a response.
    Garbled(String),
}

/// Runs one job in a worker of the pool (started if none is idle) and
/// returns its answer, or why it gave none: killed at `timeout`, out of
/// memory, crashed. A worker that answered goes back to the pool; one that
/// did not is stopped and replaced next time.
pub fn run_job(iso: &Isolation, job: &Job, bytes: &[u8], timeout: Option<Duration>) -> Result<Answer, Crash> {
    let header = serde_json::to_string(&RequestOut {
        job,
        len: bytes.len() as u64,
        max_memory: iso.max_memory,
    })
    .map_err(|e| Crash::Protocol(e.to_string()))?;
    let cap = iso.max_memory.unwrap_or(UNCAPPED_REPLY);
    let idle = iso.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
    let reused = idle.is_some();
    let mut worker = match idle {
        Some(w) => w,
        None => Worker::spawn(iso)?,
    };
    match exchange(&mut worker, &header, bytes, timeout, cap) {
        Ok(answer) => {
            worker.jobs += 1;
            if worker.jobs < JOBS_PER_WORKER {
                iso.idle.lock().unwrap_or_else(|p| p.into_inner()).push(worker);
            }
            Ok(answer)
        }
        Err(Failure::TimedOut(limit)) => {
            drop(worker);
            Err(Crash::TimedOut(limit))
        }
        Err(Failure::TooLarge(limit)) => {
            drop(worker);
            Err(Crash::ReplyTooLarge { limit })
        }
        Err(Failure::Garbled(why)) => {
            drop(worker);
            Err(Crash::Protocol(why))
        }
        Err(Failure::Died) => {
            let (status, tail) = worker.finish();
            match status {
                // An idle worker that had quietly gone (its pipe closed):
                // not this document's doing; try once with a fresh one.
                Some(s) if reused && s.success() => run_job(iso, job, bytes, timeout),
                Some(s) => Err(classify(s, &tail, iso.max_memory)),
                None => Err(Crash::Protocol("the worker could not be waited for".into())),
            }
        }
    }
}

/// Sends one request and reads its one-line response, within the limit.
fn exchange(
    worker: &mut Worker,
    header: &str,
    bytes: &[u8],
    timeout: Option<Duration>,
    cap: u64,
) -> Result<Answer, Failure> {
    let Worker {
        child, stdin, stdout, ..
    } = worker;
    let (tx, rx) = mpsc::channel();
    let line = std::thread::scope(|s| {
        s.spawn(move || {
            // A worker that dies early closes the pipe: nothing to do then.
            let _ = stdin
                .write_all(header.as_bytes())
                .and_then(|_| stdin.write_all(b"\n"))
                .and_then(|_| stdin.write_all(bytes))
                .and_then(|_| stdin.flush());
        });
        s.spawn(move || {
            let mut line = Vec::new();
            let read = stdout.by_ref().take(cap + 1).read_until(b'\n', &mut line);
            let _ = tx.send(read.map(|_| line));
        });
        let got = match bounded(timeout) {
            Some(limit) => rx.recv_timeout(limit).map_err(|_| Failure::TimedOut(limit)),
            None => rx.recv().map_err(|_| Failure::Died),
        };
        if !matches!(got, Ok(Ok(ref l)) if l.ends_with(b"\n")) {
            // Still working, stuck, or talking past the cap: stop it, so
            // the threads above see their pipes close.
            let _ = child.kill();
        }
        got
    })?;
    let line = line.map_err(|_| Failure::Died)?;
    if line.is_empty() {
        return Err(Failure::Died);
    }
    if !line.ends_with(b"\n") {
        return Err(if line.len() as u64 > cap {
            Failure::TooLarge(cap)
        } else {
            Failure::Died
        });
    }
    let response: Response = serde_json::from_slice(&line).map_err(|e| Failure::Garbled(e.to_string()))?;
    Ok(Answer {
        reply: response.reply,
        log: response.log,
    })
}
