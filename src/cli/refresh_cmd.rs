//! `actionplan refresh`: fetch the sources, store what changed.

use std::time::Duration;

use anyhow::Context as _;
use indicatif::ProgressStyle;

use actionplan::extract::ExtractOptions;
use actionplan::fetch::{FetchConfig, Fetcher};
use actionplan::refresh::{refresh, Progress, RefreshOptions};
use actionplan::sources::load_sources;
use actionplan::store::Store;

use super::args::RefreshArgs;

/// Runs the command; Ok(exit code): 0 all sources fine, 1 any failed.
pub fn run(args: &RefreshArgs) -> anyhow::Result<i32> {
    let file = load_sources(&args.sources)?;
    let fetcher = Fetcher::new(FetchConfig {
        timeout: seconds(args.timeout, "--timeout")?,
        retries: args.retries,
        backoff: seconds(args.backoff, "--backoff")?,
        host_delay: seconds(args.delay, "--delay")?,
        max_bytes: args.max_size.saturating_mul(1024 * 1024),
        allow_private: file.allow_private,
        ..FetchConfig::default()
    });
    let opts = RefreshOptions {
        shard: args.shard,
        force: args.force,
        extract: ExtractOptions {
            max_bytes: args.max_size.saturating_mul(1024 * 1024),
            timeout: super::args::time_limit(args.read_timeout),
            isolation: args.isolation.isolation()?,
            ..ExtractOptions::default()
        },
    };
    if args.dry_run {
        return dry_run(&file, &fetcher, &opts);
    }
    let mut store = Store::open(&args.db)
        .with_context(|| format!("{}: cannot open the store", actionplan::escape::path(&args.db)))?;
    // A bar only for a person watching (not under -q); logs and cron get
    // plain lines, and lines printed meanwhile go above the bar.
    let bar = super::stderr::progress_bar(0);
    bar.set_style(
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {bar:30} {pos}/{len} sources  {msg}")
            .expect("static template"),
    );
    let mut on_progress = |p: Progress<'_>| match p {
        Progress::Started { sources } => bar.set_length(sources as u64),
        Progress::Source { council } => bar.set_message(council.to_string()),
        Progress::SourceDone => bar.inc(1),
        Progress::Failed(f) => super::say(&format!("{}: {}", f.council, f.reason)),
    };
    let report =
        refresh(&mut store, &file, &fetcher, &opts, &mut on_progress).with_context(|| args.db.display().to_string())?;
    super::stderr::finish_bar(&bar);
    super::stderr::line(
        super::stderr::Level::Info,
        &format!("run {}: {}", report.run, report.totals),
    );
    if let Some(path) = &args.errors {
        let mut text = String::new();
        for f in &report.failures {
            text.push_str(&serde_json::to_string(f)?);
            text.push('\n');
        }
        actionplan::write::output::write_file(path, text.as_bytes())
            .map_err(|e| anyhow::Error::new(e).context(format!("{}: cannot write", actionplan::escape::path(path))))?;
    }
    Ok(if report.failures.is_empty() { 0 } else { 1 })
}

/// `--dry-run`: one JSON line per URL a run would fetch; a page that
/// could not be read is also named on stderr, and makes the exit code 1.
fn dry_run(file: &actionplan::sources::SourcesFile, fetcher: &Fetcher, opts: &RefreshOptions) -> anyhow::Result<i32> {
    use std::io::Write as _;
    let planned = actionplan::dry_run::dry_run(file, fetcher, opts);
    let mut out = actionplan::write::Output::stdout();
    for p in &planned {
        if let Some(e) = &p.error {
            super::say(&format!("{}: {e}", p.council));
        }
        serde_json::to_writer(&mut out, p)?;
        out.write_all(b"\n")?;
    }
    out.commit()?;
    Ok(if planned.iter().any(|p| p.error.is_some()) {
        1
    } else {
        0
    })
}

fn seconds(value: f64, flag: &str) -> anyhow::Result<Duration> {
    Duration::try_from_secs_f64(value).map_err(|_| anyhow::anyhow!("{flag} {value}: not a number of seconds"))
}
