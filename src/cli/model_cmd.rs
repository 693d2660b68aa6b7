//! `actionplan model`: print the document model of one file, URL or
//! standard input.

use std::io::Write as _;

use actionplan::isolate::Job;
use actionplan::read::{read_bytes_with, sniff};

use super::args::ModelArgs;
use super::extract_cmd::output_name;
use super::output::{choose_format, open_output, OneInput};
use super::worker_cmd::{run_text_job, TextJob};

/// The one format `model` writes, so `-o` can still be checked: `.json`
/// (or no extension) is fine, `.csv` is a mistake.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ModelFormat {
    /// Pretty-printed JSON.
    Json,
}

/// Runs the command; Ok(exit code).
pub fn run(args: &ModelArgs) -> anyhow::Result<i32> {
    choose_format(None, args.output.as_deref(), ModelFormat::Json)?;
    let input = OneInput::from_arg(args.input.as_deref())?;
    let read = args.reading.read_options();
    let Some(bytes) = input.read(super::ONE_INPUT_MAX_BYTES) else {
        return Ok(1);
    };
    let path = input.sniff_path();
    let job = Job::Model {
        name: path.to_string_lossy().into_owned(),
        read: read.clone(),
    };
    let in_process = || {
        let doc = read_bytes_with(&bytes, sniff(&bytes, &path), &read)?;
        Ok(serde_json::to_string_pretty(&doc).map(|s| s + "\n").unwrap_or_default())
    };
    let Some(text) = run_text_job(TextJob {
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
    let named = |e: std::io::Error| anyhow::Error::new(e).context(output_name(args.output.as_deref()));
    let mut out = open_output(args.output.as_deref())?;
    out.write_all(text.as_bytes()).map_err(named)?;
    out.commit().map_err(named)?;
    Ok(0)
}
