//! `actionplan model`: print the document model of one file.

use actionplan::isolate::Job;
use actionplan::read::{read_bytes, sniff};

use super::args::{time_limit, ModelArgs};
use super::print_bytes;
use super::worker_cmd::{read_input, run_text_job, TextJob};

/// Runs the command; Ok(exit code).
pub fn run(args: &ModelArgs) -> anyhow::Result<i32> {
    let path = &args.input;
    let Some(bytes) = read_input(path) else {
        return Ok(1);
    };
    let job = Job::Model {
        name: path.to_string_lossy().into_owned(),
        read: actionplan::read::ReadOptions::default(),
    };
    let in_process = || {
        let doc = read_bytes(&bytes, sniff(&bytes, path))?;
        Ok(serde_json::to_string_pretty(&doc).map(|s| s + "\n").unwrap_or_default())
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
