//! `actionplan report`: one self-contained HTML page of charts and tables
//! from records files or a store.

use std::path::PathBuf;

use anyhow::Context as _;
use clap::Args;

use actionplan::report::load::load_records;
use std::io::Write as _;

use actionplan::report::store_input::read_store;
use actionplan::report::{report_html, ReportOptions};

use super::open_existing_store;
use super::output::{open_output, UsageError};

/// `report` arguments.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// Records files as `extract` writes them (JSON Lines, or a JSON
    /// array); several are counted together.
    #[arg(value_name = "RECORDS", required_unless_present = "db", conflicts_with = "db")]
    pub records: Vec<PathBuf>,
    /// Read the current records of this store instead, and add a History
    /// section (deadlines moved, statuses and RAGs changed) and the
    /// documents whose last refresh failed.
    #[arg(long, value_name = "FILE")]
    pub db: Option<PathBuf>,
    /// The HTML file to write (atomically).
    #[arg(short, long, value_name = "FILE")]
    pub output: PathBuf,
    /// Judge deadlines as of this day (YYYY-MM-DD): an open action whose
    /// deadline ended before it is overdue [default: today, UTC].
    #[arg(long, value_name = "DATE")]
    pub as_of: Option<String>,
    /// With --db: the History section covers runs started on or after
    /// this date (YYYY-MM-DD) or RFC 3339 time [default: every run].
    #[arg(long, value_name = "WHEN")]
    pub since: Option<String>,
    /// The page's title.
    #[arg(long, default_value = "Council action plans")]
    pub title: String,
}

/// Runs the command; Ok(exit code).
pub fn run(args: &ReportArgs) -> anyhow::Result<i32> {
    if args.since.is_some() && args.db.is_none() {
        return Err(UsageError("--since needs --db: only a store knows what changed".into()).into());
    }
    let as_of = match &args.as_of {
        Some(text) => chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map_err(|_| UsageError(format!("--as-of {text:?}: expected YYYY-MM-DD")))?,
        None => chrono::Utc::now().date_naive(),
    };
    let (records, history) = match &args.db {
        Some(db) => {
            let store = open_existing_store(db)?;
            let since = args.since.as_deref().map(super::changes_cmd::parse_since).transpose()?;
            let (records, history) = read_store(&store, since.as_deref())
                .with_context(|| format!("{}: cannot read the store", db.display()))?;
            (records, Some(history))
        }
        None => {
            let mut all = Vec::new();
            for path in &args.records {
                all.extend(load_records(path)?);
            }
            (all, None)
        }
    };
    let options = ReportOptions {
        title: args.title.clone(),
        as_of,
    };
    let html = report_html(&records, history.as_ref(), &options)?;
    let mut out = open_output(Some(args.output.as_path()))?;
    out.write_all(html.as_bytes())
        .and_then(|()| out.commit())
        .with_context(|| format!("{}: cannot write", actionplan::escape::path(&args.output)))?;
    tracing::info!(
        "{}: {} records, {} bytes",
        args.output.display(),
        records.len(),
        html.len()
    );
    Ok(0)
}
