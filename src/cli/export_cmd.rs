//! `actionplan export`: the current records of every council in the store.

use actionplan::write::{RecordWriter, WriteOptions};

use super::args::{ExportArgs, OutFormat};
use super::extract_cmd::{output_name, to_format};
use super::open_existing_store;
use super::output::{choose_format, open_output};

/// Runs the command; Ok(exit code).
pub fn run(args: &ExportArgs) -> anyhow::Result<i32> {
    let format = to_format(choose_format(args.format, args.output.as_deref(), OutFormat::Jsonl)?);
    let store = open_existing_store(&args.db)?;
    let mut records = store.current_records()?;
    if !args.council.is_empty() {
        records.retain(|r| {
            r.document
                .council
                .as_deref()
                .is_some_and(|c| args.council.iter().any(|w| w.eq_ignore_ascii_case(c)))
        });
    }
    let opts = WriteOptions {
        format,
        bom: args.bom,
        raw: args.raw_csv,
    };
    let named = |e| anyhow::Error::new(e).context(output_name(args.output.as_deref()));
    let mut w = RecordWriter::new(open_output(args.output.as_deref())?, opts).map_err(named)?;
    w.write(&records).map_err(named)?;
    w.finish().map_err(named)?.commit().map_err(|e| named(e.into()))?;
    tracing::info!("{} records exported", records.len());
    Ok(0)
}
