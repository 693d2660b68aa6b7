//! `actionplan extract`: read inputs in parallel, write records in order.

use std::io::Write;
use std::path::PathBuf;

use anyhow::Context as _;
use rayon::prelude::*;
use tracing::{info, warn};

use actionplan::extract::{extract_path, ExtractOptions};
use actionplan::record::Record;
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
        ..ExtractOptions::default()
    };
    let (files, problems) = expand(&args.inputs);
    let mut failures: Vec<Failure> = problems
        .into_iter()
        .map(|(path, error)| Failure {
            path: path.display().to_string(),
            stage: "open",
            error,
        })
        .collect();
    for f in &failures {
        eprintln!("actionplan: {}: {}", f.path, f.error);
    }
    if files.is_empty() && failures.is_empty() {
        warn!("no readable files found in the inputs (folders are searched for .html, .htm, .txt, .md)");
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()
        .context("cannot start worker threads")?;
    let results: Vec<(PathBuf, Result<Vec<Record>, _>)> = pool.install(|| {
        files
            .par_iter()
            .map(|path| {
                let r = extract_path(path, &opts);
                if let Ok(recs) = &r {
                    info!("{}: {} records", path.display(), recs.len());
                }
                (path.clone(), r)
            })
            .collect()
    });
    let mut records = Vec::new();
    for (path, result) in results {
        match result {
            Ok(r) => {
                if r.is_empty() {
                    warn!(
                        "{}: no actions found (no table with action/lead/deadline columns, no numbered recommendations)",
                        path.display()
                    );
                }
                records.extend(r);
            }
            Err(e) => {
                eprintln!("actionplan: {e}");
                failures.push(Failure {
                    path: path.display().to_string(),
                    stage: e.stage(),
                    error: e.to_string(),
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
        "{} records from {} files, {} failed",
        records.len(),
        files.len(),
        failures.len()
    );
    Ok(if failures.is_empty() { 0 } else { 1 })
}

fn to_format(f: OutFormat) -> Format {
    match f {
        OutFormat::Jsonl => Format::Jsonl,
        OutFormat::Json => Format::Json,
        OutFormat::Csv => Format::Csv,
    }
}

/// Writes a whole file through a temporary file renamed into place.
fn write_atomically(path: &std::path::Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(std::path::Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    tmp.write_all(bytes)?;
    tmp.persist(path).map_err(|e| e.error)?;
    Ok(())
}
