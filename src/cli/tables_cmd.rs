//! `actionplan tables`: print a document's tables as JSON or CSV blocks.

use actionplan::isolate::Job;
use actionplan::read::pdf::PdfOptions;
use actionplan::read::sniff;
use actionplan::read::tables::{tables_of, tables_to_csv};
use actionplan::read::ReadError;

use super::args::{time_limit, TablesArgs, TablesFormat};
use super::print_bytes;
use super::worker_cmd::{read_input, run_text_job, TextJob};

/// Runs the command; Ok(exit code).
pub fn run(args: &TablesArgs) -> anyhow::Result<i32> {
    let path = &args.input;
    let Some(bytes) = read_input(path) else {
        return Ok(1);
    };
    let csv = args.format == TablesFormat::Csv;
    let job = Job::Tables {
        name: path.to_string_lossy().into_owned(),
        password: args.password.clone(),
        csv,
    };
    let in_process = || {
        let pdf = PdfOptions {
            password: args.password.clone(),
        };
        let tables = actionplan::read::pdf::engine::guarded(|| tables_of(&bytes, sniff(&bytes, path), &pdf))
            .map_err(ReadError::Panicked)??;
        let text = if csv {
            tables_to_csv(&tables).map(|b| String::from_utf8_lossy(&b).into_owned())
        } else {
            serde_json::to_string_pretty(&tables)
                .map(|s| s + "\n")
                .map_err(|e| csv::Error::from(std::io::Error::other(e)))
        };
        text.map_err(|e| ReadError::Malformed(e.to_string()))
    };
    let text = match run_text_job(TextJob {
        path,
        job: &job,
        bytes: &bytes,
        timeout: time_limit(args.timeout),
        isolation: &args.isolation,
        in_process: &in_process,
    })? {
        Some(t) => t,
        None => return Ok(1),
    };
    print_bytes(text.as_bytes())?;
    Ok(0)
}
