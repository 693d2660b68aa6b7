//! `actionplan extract`: read inputs in parallel, write records in order.

use std::io::{IsTerminal as _, Write};
use std::path::PathBuf;

use anyhow::Context as _;
use rayon::prelude::*;
use tracing::{info, warn};

use actionplan::extract::{extract_path, ExtractOptions};
use actionplan::fetch::{FetchConfig, Fetcher};
use actionplan::record::Record;
use actionplan::refresh::{fetch_and_extract, SourceError};
use actionplan::write::{write_records, write_records_to_path, Format, WriteOptions};

use super::args::{ExtractArgs, OutFormat};
use super::inputs::expand;

/// One failed input, as `--errors` writes it.
#[derive(serde::Serialize)]
struct Failure {
    path: String,
    stage: &'static str,
    error: String,
}

/// An input's records, or the stage that failed and why.
type Outcome = Result<Vec<Record>, (&'static str, String)>;

/// One thing to read: a file found on disk or a URL to fetch.
enum Input {
    File(PathBuf),
    Url(String),
}

/// Whether a command-line input names a URL ("scheme://..."), which is
/// fetched; an unsupported scheme is then refused by the fetcher by name.
fn is_url(p: &std::path::Path) -> bool {
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
        })
        .unwrap_or(usize::MAX)
}

/// Runs the command; Ok(exit code).
pub fn run(args: &ExtractArgs) -> anyhow::Result<i32> {
    let format = match (args.format, &args.output) {
        (Some(f), _) => to_format(f),
        (None, Some(path)) => Format::from_extension(path).unwrap_or(Format::Jsonl),
        (None, None) => Format::Jsonl,
    };
    let opts = ExtractOptions {
        council: args.council.clone(),
        max_bytes: args.max_size.saturating_mul(1024 * 1024),
        read: args.reading.read_options(),
        timeout: args.reading.timeout(),
        isolation: args.reading.isolation.isolation()?,
        ..ExtractOptions::default()
    };
    // URLs are fetched; everything else is a file or folder.
    let (urls, paths): (Vec<&PathBuf>, Vec<&PathBuf>) = args.inputs.iter().partition(|p| is_url(p));
    let paths: Vec<PathBuf> = paths.into_iter().cloned().collect();
    let (files, problems) = expand(&paths);
    let mut failures: Vec<Failure> = problems
        .into_iter()
        .map(|(path, error)| Failure {
            path: path.display().to_string(),
            stage: "open",
            error,
        })
        .collect();
    for f in &failures {
        super::say(&format!("{}: {}", f.path, f.error));
    }
    if files.is_empty() && urls.is_empty() && failures.is_empty() {
        warn!("no readable files found in the inputs (folders are searched for .html, .htm, .txt, .md)");
    }
    let mut inputs: Vec<Input> = files.into_iter().map(Input::File).collect();
    inputs.extend(urls.iter().map(|u| Input::Url(u.to_string_lossy().into_owned())));
    // Input order: the command line's, URLs in their places.
    inputs.sort_by_key(|i| position(&args.inputs, i));
    let fetcher = (!urls.is_empty()).then(|| {
        Fetcher::new(FetchConfig {
            max_bytes: opts.max_bytes,
            // A URL typed on the command line is the user's own choice, as
            // a file is: an intranet address is theirs to read.
            allow_private: true,
            ..FetchConfig::default()
        })
    });
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.map_or(0, usize::from))
        .build()
        .context("cannot start worker threads")?;
    // A bar for a person watching a long run; none in pipes, logs and cron.
    let bar = if inputs.len() > 1 && std::io::stderr().is_terminal() {
        indicatif::ProgressBar::new(inputs.len() as u64)
    } else {
        indicatif::ProgressBar::hidden()
    };
    let results: Vec<(String, Outcome)> = pool.install(|| {
        inputs
            .par_iter()
            .map(|input| {
                let (name, r) = match input {
                    Input::File(path) => (
                        path.display().to_string(),
                        extract_path(path, &opts).map_err(|e| (e.stage(), e.to_string())),
                    ),
                    Input::Url(url) => {
                        let fetcher = fetcher.as_ref().expect("made when there are URLs");
                        let r = fetch_and_extract(fetcher, url, &opts).map_err(|e| match e {
                            SourceError::Extract(e) => (e.stage(), e.to_string()),
                            other => ("fetch", other.to_string()),
                        });
                        (url.clone(), r)
                    }
                };
                if let Ok(recs) = &r {
                    info!("{name}: {} records", recs.len());
                }
                bar.inc(1);
                (name, r)
            })
            .collect()
    });
    bar.finish_and_clear();
    let mut records = Vec::new();
    let inputs_read = results.len();
    for (name, result) in results {
        match result {
            Ok(r) => {
                if r.is_empty() {
                    warn!("{name}: no actions found (no table with action/lead/deadline columns, no numbered recommendations)");
                }
                records.extend(r);
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
    let wopts = WriteOptions { format, bom: args.bom };
    match &args.output {
        Some(path) => {
            write_records_to_path(path, &records, &wopts).with_context(|| format!("cannot write {}", path.display()))?
        }
        None => {
            let stdout = std::io::stdout();
            let mut lock = std::io::BufWriter::new(stdout.lock());
            write_records(&mut lock, &records, &wopts).context("cannot write to stdout")?;
            lock.flush().context("cannot write to stdout")?;
        }
    }
    if let Some(path) = &args.errors {
        let mut text = String::new();
        for f in &failures {
            text.push_str(&serde_json::to_string(f)?);
            text.push('\n');
        }
        write_atomically(path, text.as_bytes()).with_context(|| format!("cannot write {}", path.display()))?;
    }
    info!(
        "{} records from {} inputs, {} failed",
        records.len(),
        inputs_read,
        failures.len()
    );
    Ok(if failures.is_empty() { 0 } else { 1 })
}

pub(super) fn to_format(f: OutFormat) -> Format {
    match f {
        OutFormat::Jsonl => Format::Jsonl,
        OutFormat::Json => Format::Json,
        OutFormat::Csv => Format::Csv,
    }
}

/// Writes a whole file through a temporary file renamed into place.
pub(super) fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
