//! `actionplan extract`: read inputs in parallel, write each document's
//! records as soon as it and every input before it are done (input order,
//! then document order), so `| head` sees the first record early.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use anyhow::Context as _;
use rayon::prelude::*;
use tracing::info;

use actionplan::extract::{extract_bytes, extract_path, ExtractOptions};
use actionplan::fetch::{FetchConfig, Fetcher};
use actionplan::record::Record;
use actionplan::refresh::{fetch_and_extract, SourceError};
use actionplan::write::output::{is_stdout, write_file};
use actionplan::write::{Format, RecordWriter, WriteOptions};

use super::args::{ExtractArgs, OutFormat};
use super::inputs::expand;
use super::output::{choose_format, open_output, read_stdin, UsageError, STDIN_NAME};

/// One failed input, as `--errors` writes it.
#[derive(serde::Serialize)]
struct Failure {
    path: String,
    stage: &'static str,
    error: String,
}

/// An input's records, or the stage that failed and why.
type Outcome = Result<Vec<Record>, (&'static str, String)>;

/// One thing to read: a file found on disk, a URL to fetch, or standard
/// input (read before the others start).
enum Input {
    File(PathBuf),
    Url(String),
    Stdin(Result<Vec<u8>, String>),
}

/// Whether a command-line input names a URL ("scheme://..."), which is
/// fetched; an unsupported scheme is then refused by the fetcher by name.
pub(super) fn is_url(p: &Path) -> bool {
    let s = p.to_string_lossy();
    match s.split_once("://") {
        Some((scheme, _)) => {
            !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c))
        }
        None => false,
    }
}

/// The index of the command-line input a file or URL came from.
fn position(inputs: &[PathBuf], input: &Input) -> usize {
    inputs
        .iter()
        .position(|p| match input {
            Input::File(f) => f.starts_with(p),
            Input::Url(u) => p.as_os_str() == u.as_str(),
            Input::Stdin(_) => is_stdout(p),
        })
        .unwrap_or(usize::MAX)
}

/// The inputs the command line names, `-` added when none are named and
/// standard input is a pipe; a usage error when there is nothing to read.
fn command_line_inputs(args: &ExtractArgs) -> Result<Vec<PathBuf>, UsageError> {
    let mut inputs = args.inputs.clone();
    if inputs.is_empty() {
        if !super::output::stdin_has_data() {
            return Err(UsageError(
                "no input: name files, folders or URLs, or pipe a document in (- reads standard input)".into(),
            ));
        }
        inputs.push(PathBuf::from(STDIN_NAME));
    }
    if inputs.iter().filter(|p| is_stdout(p)).count() > 1 {
        return Err(UsageError("- (standard input) is named more than once".into()));
    }
    Ok(inputs)
}

/// Runs the command; Ok(exit code).
pub fn run(args: &ExtractArgs) -> anyhow::Result<i32> {
    let format = to_format(choose_format(args.format, args.output.as_deref(), OutFormat::Jsonl)?);
    let cmdline = command_line_inputs(args)?;
    let opts = ExtractOptions {
        council: args.council.clone(),
        max_bytes: args.max_size.saturating_mul(1024 * 1024),
        read: args.reading.read_options(),
        timeout: args.reading.timeout(),
        isolation: args.reading.isolation.isolation()?,
        ..ExtractOptions::default()
    };
    // URLs are fetched, - is standard input; everything else is a file or folder.
    let urls: Vec<&PathBuf> = cmdline.iter().filter(|p| is_url(p)).collect();
    let paths: Vec<PathBuf> = cmdline
        .iter()
        .filter(|p| !is_url(p) && !is_stdout(p))
        .cloned()
        .collect();
    let (mut files, problems) = expand(&paths);
    // A folder walked for CSV trackers may hold the last run's `-o` file:
    // reading our own output as a plan would only double the records.
    if let Some(out) = args.output.as_deref().and_then(|o| o.canonicalize().ok()) {
        files.retain(|f| f.canonicalize().ok().as_ref() != Some(&out));
    }
    let mut failures: Vec<Failure> = problems
        .into_iter()
        .map(|(path, error)| Failure {
            path: actionplan::escape::path(&path),
            stage: "open",
            error,
        })
        .collect();
    for f in &failures {
        super::say(&format!("{}: {}", f.path, f.error));
    }
    let mut inputs: Vec<Input> = files.into_iter().map(Input::File).collect();
    inputs.extend(urls.iter().map(|u| Input::Url(u.to_string_lossy().into_owned())));
    if cmdline.iter().any(|p| is_stdout(p)) {
        inputs.push(Input::Stdin(
            read_stdin(opts.max_bytes).map_err(|e| super::error_chain(&e)),
        ));
    }
    if inputs.is_empty() && failures.is_empty() {
        super::warn(
            "no readable files found in the inputs (folders are searched for .html, .htm, .xhtml, .txt, .text, \
             .md, .markdown, .docx, .odt, .pdf, .xlsx, .xlsm, .xls, .ods, .csv, .tsv)",
        );
    }
    // Input order: the command line's, URLs and - in their places.
    inputs.sort_by_key(|i| position(&cmdline, i));
    let fetcher = (!urls.is_empty()).then(|| {
        Fetcher::new(FetchConfig {
            max_bytes: opts.max_bytes,
            // A URL typed on the command line is the user's own choice, as
            // a file is: an intranet address is theirs to read.
            allow_private: true,
            ..FetchConfig::default()
        })
    });
    // The output is opened before any reading, so a bad -o costs nothing.
    let wopts = WriteOptions {
        format,
        bom: args.bom,
        raw: args.raw_csv,
    };
    let mut writer = RecordWriter::new(open_output(args.output.as_deref())?, wopts)?;
    let read_one = |input: &Input| -> (String, Outcome) {
        match input {
            Input::File(path) => (
                actionplan::escape::path(path),
                extract_path(path, &opts).map_err(|e| (e.stage(), e.to_string())),
            ),
            Input::Url(url) => {
                let fetcher = fetcher.as_ref().expect("made when there are URLs");
                let r = fetch_and_extract(fetcher, url, &opts).map_err(|e| match e {
                    SourceError::Extract(e) => (e.stage(), e.to_string()),
                    other => ("fetch", other.to_string()),
                });
                (actionplan::escape::one_line(url).into_owned(), r)
            }
            Input::Stdin(bytes) => {
                let r = match bytes {
                    Ok(b) => extract_bytes(b, Path::new(STDIN_NAME), &opts).map_err(|e| (e.stage(), e.to_string())),
                    Err(e) => Err(("open", format!("{STDIN_NAME}: {e}"))),
                };
                (STDIN_NAME.to_string(), r)
            }
        }
    };
    let threads = match args.jobs {
        Some(n) => usize::from(n),
        None => std::thread::available_parallelism().map_or(1, |n| n.get()).min(64),
    }
    .min(inputs.len().max(1));
    let bar = super::stderr::progress_bar(if inputs.len() > 1 { inputs.len() as u64 } else { 0 });
    if inputs.len() <= 1 {
        bar.set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    // Reading threads come from a pool that lives until the run ends: a
    // worker process is killed when the thread that started it exits
    // (PR_SET_PDEATHSIG), and workers are shared between threads.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("cannot start reading threads")?;
    let next = AtomicUsize::new(0);
    let stop = AtomicBool::new(false);
    let mut written = 0usize;
    let outcome: anyhow::Result<()> = std::thread::scope(|scope| {
        let (tx, rx) = mpsc::channel::<(usize, String, Outcome)>();
        let (next, stop, inputs, read_one, bar, pool) = (&next, &stop, &inputs, &read_one, &bar, &pool);
        scope.spawn(move || {
            pool.install(|| {
                (0..threads).into_par_iter().for_each_with(tx, |tx, _| {
                    // Each thread takes the next input in order, so the
                    // first inputs finish first and are written at once.
                    while !stop.load(Ordering::Relaxed) {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(input) = inputs.get(i) else { break };
                        let (name, r) = read_one(input);
                        bar.inc(1);
                        if tx.send((i, name, r)).is_err() {
                            break;
                        }
                    }
                })
            })
        });
        let mut pending = BTreeMap::new();
        let mut want = 0;
        for (i, name, r) in rx {
            pending.insert(i, (name, r));
            while let Some((name, r)) = pending.remove(&want) {
                want += 1;
                match r {
                    Ok(recs) => {
                        info!("{name}: {} records", recs.len());
                        if recs.is_empty() {
                            super::warn(&format!(
                                "{name}: no actions found (no table with action/lead/deadline columns, \
                                 no numbered recommendations)"
                            ));
                        }
                        if let Err(e) = writer.write(&recs) {
                            // Stop reading: the output is gone (a closed
                            // pipe) or broken (a full disk).
                            stop.store(true, Ordering::Relaxed);
                            return Err(anyhow::Error::new(e).context(output_name(args.output.as_deref())));
                        }
                        written += recs.len();
                    }
                    Err((stage, error)) => {
                        super::say(&error);
                        failures.push(Failure {
                            path: name,
                            stage,
                            error,
                        });
                    }
                }
            }
        }
        Ok(())
    });
    super::stderr::finish_bar(&bar);
    outcome?;
    let out = writer
        .finish()
        .map_err(|e| anyhow::Error::new(e).context(output_name(args.output.as_deref())))?;
    out.commit()
        .map_err(|e| anyhow::Error::new(e).context(output_name(args.output.as_deref())))?;
    if let Some(path) = &args.errors {
        let mut text = String::new();
        for f in &failures {
            text.push_str(&serde_json::to_string(f)?);
            text.push('\n');
        }
        write_file(path, text.as_bytes())
            .map_err(|e| anyhow::Error::new(e).context(format!("{}: cannot write", actionplan::escape::path(path))))?;
    }
    info!(
        "{written} records from {} inputs, {} failed",
        inputs.len(),
        failures.len()
    );
    Ok(if failures.is_empty() { 0 } else { 1 })
}

/// How an output is named in an error: its path, or stdout.
pub(super) fn output_name(output: Option<&Path>) -> String {
    match output.filter(|p| !is_stdout(p)) {
        Some(p) => format!("{}: cannot write", actionplan::escape::path(p)),
        None => "cannot write to stdout".into(),
    }
}

pub(super) fn to_format(f: OutFormat) -> Format {
    match f {
        OutFormat::Jsonl => Format::Jsonl,
        OutFormat::Json => Format::Json,
        OutFormat::Csv => Format::Csv,
    }
}
