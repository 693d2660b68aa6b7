//! `actionplan changes`: new, gone and changed records between runs.

use std::io::Write as _;

use actionplan::store::changes::CHANGE_COLUMNS;
use actionplan::write::spreadsheet_safe;

use super::args::{ChangeKindArg, ChangesArgs, ChangesFormat, RunArg};
use super::extract_cmd::output_name;
use super::open_existing_store;
use super::output::{choose_format, open_output, UsageError};

/// Runs the command; Ok(exit code).
pub fn run(args: &ChangesArgs) -> anyhow::Result<i32> {
    let format = choose_format(args.format, args.output.as_deref(), ChangesFormat::Jsonl)?;
    let since = args.since.as_deref().map(parse_since).transpose()?;
    let store = open_existing_store(&args.db)?;
    let mut changes = store.changes(since.as_deref())?;
    let run = match args.run {
        Some(RunArg::Number(n)) => Some(n),
        Some(RunArg::Last) => store.last_run()?,
        None => None,
    };
    changes.retain(|c| {
        (args.council.is_empty() || args.council.iter().any(|w| w.eq_ignore_ascii_case(&c.council)))
            && (args.kind.is_empty() || args.kind.iter().any(|k| kind_name(*k) == c.kind.name()))
            && (args.run.is_none() || Some(c.run) == run)
    });
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
                let row = c.csv_row();
                if args.raw_csv {
                    w.write_record(&row)?;
                } else {
                    w.write_record(row.iter().map(|v| spreadsheet_safe(v).into_owned()))?;
                }
            }
            w.flush()?;
        }
    }
    let named = |e: std::io::Error| anyhow::Error::new(e).context(output_name(args.output.as_deref()));
    let mut o = open_output(args.output.as_deref())?;
    o.write_all(&out).map_err(named)?;
    o.commit().map_err(named)?;
    Ok(0)
}

/// The store's name for a kind `--kind` names.
fn kind_name(k: ChangeKindArg) -> &'static str {
    match k {
        ChangeKindArg::New => "new",
        ChangeKindArg::Gone => "gone",
        ChangeKindArg::Changed => "changed",
    }
}

/// A date (YYYY-MM-DD, from its midnight UTC), an RFC 3339 time with its
/// zone, or a time without one (YYYY-MM-DDTHH:MM[:SS], also with a space),
/// taken as local time; as the UTC text runs are stamped with.
pub(super) fn parse_since(text: &str) -> Result<String, UsageError> {
    let t = text.trim();
    if let Ok(d) = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        return Ok(d.format("%Y-%m-%d").to_string());
    }
    let utc = |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    if let Ok(z) = chrono::DateTime::parse_from_rfc3339(t) {
        return Ok(utc(z.with_timezone(&chrono::Utc)));
    }
    for f in [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ] {
        if let Ok(naive) = chrono::NaiveDateTime::parse_from_str(t, f) {
            use chrono::TimeZone as _;
            return match chrono::Local.from_local_datetime(&naive).earliest() {
                Some(local) => Ok(utc(local.with_timezone(&chrono::Utc))),
                None => Err(UsageError(format!(
                    "--since {text:?}: that local time does not exist (a clock change); give a zone, as 2026-03-29T01:30Z"
                ))),
            };
        }
    }
    Err(UsageError(format!(
        "--since {text:?}: give a date (2024-06-01), a local time (2024-06-01T14:55) or a time with a zone (2024-06-01T14:55:00Z)"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_takes_dates_zones_and_local_times() {
        assert_eq!(parse_since("2024-06-01").unwrap(), "2024-06-01");
        assert_eq!(
            parse_since("2024-06-01T14:55:00+01:00").unwrap(),
            "2024-06-01T13:55:00.000Z"
        );
        assert!(parse_since("2026-11-30T14:55:00").unwrap().starts_with("2026-11-30T"));
        assert!(parse_since("2026-11-30 14:55").unwrap().ends_with('Z'));
        assert!(parse_since("yesterday").is_err());
    }
}
