//! Why a worker died, told from its exit status and the last words on its
//! stderr.

use std::process::ExitStatus;
use std::time::Duration;

/// How a worker ended without a usable answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Crash {
    /// It was still working at the time limit and was killed.
    #[error("gave up after {} s (raise the limit with --timeout)", .0.as_secs())]
    TimedOut(Duration),
    /// An allocation failed under the memory cap (or the system's).
    #[error("killed: out of memory at {} (raise the cap with --max-memory)", mib(*limit))]
    OutOfMemory {
        /// The cap in force, in bytes; None when the system ran out first.
        limit: Option<u64>,
    },
    /// The reader recursed past the end of its stack.
    #[error("crashed: stack overflow")]
    StackOverflow,
    /// A panic outside the readers' guard (a bug: please report it).
    #[error("crashed: {0} (a bug; please report it with the file attached)")]
    Panicked(String),
    /// Killed by a signal not explained by the above.
    #[error("crashed: killed by signal {signal} ({})", signal_name(*signal))]
    Signal {
        /// The signal number.
        signal: i32,
    },
    /// Ended with an exit code and no answer.
    #[error("crashed: the worker exited with code {code}{}", detail_note(detail))]
    Exit {
        /// The exit code.
        code: i32,
        /// The last line it wrote on stderr, if any.
        detail: String,
    },
    /// The worker could not be started.
    #[error("cannot start a worker process: {0}")]
    Spawn(String),
    /// The worker answered something that is not a reply.
    #[error("the worker's answer could not be read: {0}")]
    Protocol(String),
    /// The answer was larger than the worker's memory cap allows.
    #[error("the worker's answer is over {} (raise the cap with --max-memory)", mib(Some(*limit)))]
    ReplyTooLarge {
        /// The limit in bytes.
        limit: u64,
    },
}

fn detail_note(detail: &str) -> String {
    if detail.is_empty() {
        String::new()
    } else {
        format!(": {detail}")
    }
}

/// "512 MiB", "2 GiB"; "the system's limit" for none.
fn mib(bytes: Option<u64>) -> String {
    match bytes {
        None => "the system's limit".to_string(),
        Some(b) if b >= 1 << 30 && b % (1 << 30) == 0 => format!("{} GiB", b >> 30),
        Some(b) => format!("{} MiB", b >> 20),
    }
}

fn signal_name(signal: i32) -> &'static str {
    match signal {
        4 => "SIGILL",
        6 => "SIGABRT",
        7 => "SIGBUS",
        8 => "SIGFPE",
        9 => "SIGKILL: the system may have run out of memory",
        11 => "SIGSEGV",
        15 => "SIGTERM",
        _ => "unexpected",
    }
}

/// The cause of death from the exit status and the worker's stderr.
pub(crate) fn classify(status: ExitStatus, stderr: &str, limit: Option<u64>) -> Crash {
    if stderr.contains("has overflowed its stack") {
        return Crash::StackOverflow;
    }
    // The allocator's abort, or an I/O buffer that could not grow.
    let oom = (stderr.contains("memory allocation of") && stderr.contains("failed"))
        || stderr.lines().any(|l| l.trim() == "worker: out of memory");
    if oom {
        return Crash::OutOfMemory { limit };
    }
    if let Some(message) = panic_message(stderr) {
        return Crash::Panicked(message);
    }
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt as _;
        if let Some(signal) = status.signal() {
            return Crash::Signal { signal };
        }
    }
    let detail = stderr
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| !l.is_empty())
        .map(|l| crate::escape::one_line(l).into_owned())
        .unwrap_or_default();
    Crash::Exit {
        code: status.code().unwrap_or(-1),
        detail,
    }
}

/// The message of a panic the default hook printed ("thread 'main'
/// panicked at src/x.rs:1:2:\nmessage\nnote: ..."), on one line.
fn panic_message(stderr: &str) -> Option<String> {
    let at = stderr.find("panicked at ")?;
    let rest = &stderr[at + "panicked at ".len()..];
    let (place, after) = rest.split_once('\n').unwrap_or((rest, ""));
    let message: Vec<&str> = after
        .lines()
        .take_while(|l| !l.starts_with("note: ") && !l.starts_with("stack backtrace"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    let place = place.trim_end_matches(':');
    Some(crate::escape::one_line(&format!("panicked at {place}: {}", message.join(" "))).into_owned())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::process::ExitStatusExt as _;

    #[test]
    fn tells_the_causes_apart() {
        let abort = ExitStatus::from_raw(6);
        let oom = classify(abort, "memory allocation of 4294967296 bytes failed\n", Some(512 << 20));
        assert_eq!(
            oom.to_string(),
            "killed: out of memory at 512 MiB (raise the cap with --max-memory)"
        );
        let stack = classify(
            abort,
            "\nthread 'main' has overflowed its stack\nfatal runtime error: stack overflow\n",
            None,
        );
        assert_eq!(stack.to_string(), "crashed: stack overflow");
        let panic = classify(
            ExitStatus::from_raw(101 << 8),
            "thread 'main' panicked at src/a.rs:1:2:\nbyte index 3 is not a char boundary;\nit is inside 'K'\nnote: run with `RUST_BACKTRACE=1`\n",
            None,
        );
        let text = panic.to_string();
        assert!(
            text.contains("src/a.rs:1:2: byte index 3 is not a char boundary; it is inside 'K'"),
            "{text}"
        );
        assert!(!text.contains('\n'));
        assert_eq!(
            classify(ExitStatus::from_raw(11), "", None).to_string(),
            "crashed: killed by signal 11 (SIGSEGV)"
        );
        assert_eq!(
            classify(ExitStatus::from_raw(3 << 8), "one\ntwo\n", None).to_string(),
            "crashed: the worker exited with code 3: two"
        );
        assert_eq!(
            Crash::OutOfMemory { limit: Some(2 << 30) }.to_string(),
            "killed: out of memory at 2 GiB (raise the cap with --max-memory)"
        );
    }
}
