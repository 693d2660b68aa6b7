//! `actionplan tables`: print a document's tables as JSON or CSV blocks.

use std::io::Write as _;

use anyhow::Context as _;

use actionplan::isolate::Job;
use actionplan::read::pdf::PdfOptions;
use actionplan::read::sniff;
use actionplan::read::tables::{tables_of, tables_to_csv, PlainTable};
use actionplan::read::ReadError;

use super::args::{TablesArgs, TablesFormat};
use super::extract_cmd::output_name;
use super::output::{choose_format, open_output, OneInput};
use super::worker_cmd::{run_text_job, TextJob};

/// Runs the command; Ok(exit code).
pub fn run(args: &TablesArgs) -> anyhow::Result<i32> {
    let format = choose_format(args.format, args.output.as_deref(), TablesFormat::Json)?;
    let input = OneInput::from_arg(args.input.as_deref())?;
    let Some(bytes) = input.read(super::ONE_INPUT_MAX_BYTES) else {
        return Ok(1);
    };
    let path = input.sniff_path();
    let password = args.reading.password.clone();
    // The worker hands back JSON; pages are chosen and CSV written here,
    // so both apply whichever way the document was read.
    let job = Job::Tables {
        name: path.to_string_lossy().into_owned(),
        password: password.clone(),
        csv: false,
    };
    let in_process = || {
        let pdf = PdfOptions {
            password: password.clone(),
        };
        let tables = actionplan::read::pdf::engine::guarded(|| tables_of(&bytes, sniff(&bytes, &path), &pdf))
            .map_err(ReadError::Panicked)??;
        serde_json::to_string(&tables).map_err(|e| ReadError::Malformed(e.to_string()))
    };
    let Some(json) = run_text_job(TextJob {
        name: &input.name(),
        job: &job,
        bytes: &bytes,
        timeout: args.reading.timeout(),
        isolation: &args.reading.isolation,
        in_process: &in_process,
    })?
    else {
        return Ok(1);
    };
    let mut tables: Vec<PlainTable> = serde_json::from_str(&json).context("the worker's tables do not parse")?;
    if let Some(pages) = &args.pages {
        tables.retain(|t| t.page.is_some_and(|p| pages.contains(p)));
    }
    let text = match format {
        TablesFormat::Csv => tables_to_csv(&tables, args.raw_csv)?,
        TablesFormat::Json => {
            let mut t = serde_json::to_vec_pretty(&tables)?;
            t.push(b'\n');
            t
        }
    };
    let named = |e: std::io::Error| anyhow::Error::new(e).context(output_name(args.output.as_deref()));
    let mut out = open_output(args.output.as_deref())?;
    out.write_all(&text).map_err(named)?;
    out.commit().map_err(named)?;
    Ok(0)
}
