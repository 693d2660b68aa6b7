//! `actionplan changes`: new, gone and changed records between runs.

use anyhow::Context as _;

use actionplan::store::changes::CHANGE_COLUMNS;
use actionplan::store::Store;

use super::args::{ChangesArgs, ChangesFormat};
use super::extract_cmd::write_atomically;
use super::open_existing_store;

/// Runs the command; Ok(exit code).
pub fn run(args: &ChangesArgs) -> anyhow::Result<i32> {
    let store: Store = open_existing_store(&args.db)?;
    let since = args.since.as_deref().map(parse_since).transpose()?;
    let changes = store.changes(since.as_deref())?;
    let format = match (args.format, &args.output) {
        (Some(f), _) => f,
        (None, Some(p)) if p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv")) => ChangesFormat::Csv,
        _ => ChangesFormat::Jsonl,
    };
    let mut out = Vec::new();
    match format {
        ChangesFormat::Jsonl => {
            for c in &changes {
                serde_json::to_writer(&mut out, c)?;
                out.push(b'\n');
            }
        }
        ChangesFormat::Csv => {
            let mut w = csv::WriterBuilder::new()
                .terminator(csv::Terminator::CRLF)
                .from_writer(&mut out);
            w.write_record(CHANGE_COLUMNS)?;
            for c in &changes {
                w.write_record(c.csv_row())?;
            }
            w.flush()?;
        }
    }
    match &args.output {
        Some(path) => write_atomically(path, &out).with_context(|| format!("cannot write {}", path.display()))?,
        None => super::print_bytes(&out)?,
    }
    Ok(0)
}

/// "YYYY-MM-DD" or an RFC 3339 time, as the UTC text runs are stamped with.
pub(super) fn parse_since(text: &str) -> anyhow::Result<String> {
    if let Ok(d) = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d") {
        return Ok(d.format("%Y-%m-%d").to_string());
    }
    let t = chrono::DateTime::parse_from_rfc3339(text.trim())
        .with_context(|| format!("--since {text:?}: expected YYYY-MM-DD or an RFC 3339 time"))?;
    Ok(t.with_timezone(&chrono::Utc)
        .to_rfc3339_opts(chrono::SecondsFormat::Millis, true))
}
