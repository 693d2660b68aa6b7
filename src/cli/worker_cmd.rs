//! `actionplan __worker`: the hidden worker mode. A parent actionplan starts
//! one per document, writes the request and the bytes to its stdin and reads
//! the reply from its stdout (see `actionplan::isolate`).

/// Serves one request; the exit code is 0 when a reply was written.
pub fn run() -> i32 {
    let stdin = std::io::stdin();
    let stdout = std::io::stdout();
    match actionplan::isolate::serve(&mut stdin.lock(), &mut stdout.lock()) {
        Ok(()) => 0,
        Err(e) => {
            // The parent reads this last line as the reason.
            eprintln!("worker: {e}");
            3
        }
    }
}

/// A one-document command's job (`model`, `tables`): what to run in a
/// worker, and the same work in process for `--in-process`.
pub struct TextJob<'a> {
    /// The document's name in messages (a path, a URL or `-`).
    pub name: &'a str,
    /// The job for a worker.
    pub job: &'a actionplan::isolate::Job,
    /// The document's bytes.
    pub bytes: &'a [u8],
    /// The time limit (a worker only: in process there is none).
    pub timeout: Option<std::time::Duration>,
    /// Worker or in process.
    pub isolation: &'a super::args::IsolationArgs,
    /// The work done in this process.
    pub in_process: &'a dyn Fn() -> Result<String, actionplan::read::ReadError>,
}

/// Runs a one-document command's job; Ok(None) when the document failed
/// (already said on stderr, naming it).
pub fn run_text_job(t: TextJob<'_>) -> anyhow::Result<Option<String>> {
    use actionplan::isolate::{relog, run_job, Reply};
    let name = t.name;
    let Some(iso) = t.isolation.isolation()? else {
        return Ok(match (t.in_process)() {
            Ok(text) => Some(text),
            Err(e) => {
                super::say(&format!("{name}: {e}"));
                None
            }
        });
    };
    match run_job(&iso, t.job, t.bytes, t.timeout) {
        Ok(answer) => {
            relog(name, &answer.log, !matches!(answer.reply, Reply::Text(_)));
            match answer.reply {
                Reply::Text(text) => Ok(Some(text)),
                Reply::Failed(e) => {
                    super::say(&format!("{name}: {e}"));
                    Ok(None)
                }
                other => anyhow::bail!("{name}: the worker answered {other:?}"),
            }
        }
        Err(crash) => {
            super::say(&format!("{name}: {crash}"));
            Ok(None)
        }
    }
}
