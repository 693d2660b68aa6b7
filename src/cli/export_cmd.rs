//! `actionplan export`: the current records of every council in the store.

use anyhow::Context as _;

use actionplan::write::{write_records, write_records_to_path, Format, WriteOptions};

use super::args::ExportArgs;
use super::extract_cmd::to_format;
use super::open_existing_store;

/// Runs the command; Ok(exit code).
pub fn run(args: &ExportArgs) -> anyhow::Result<i32> {
    let store = open_existing_store(&args.db)?;
    let records = store.current_records()?;
    let format = match (args.format, &args.output) {
        (Some(f), _) => to_format(f),
        (None, Some(path)) => Format::from_extension(path).unwrap_or(Format::Jsonl),
        (None, None) => Format::Jsonl,
    };
    let opts = WriteOptions { format, bom: args.bom };
    match &args.output {
        Some(path) => {
            write_records_to_path(path, &records, &opts).with_context(|| format!("cannot write {}", path.display()))?
        }
        None => {
            let mut out = Vec::new();
            write_records(&mut out, &records, &opts)?;
            super::print_bytes(&out)?;
        }
    }
    tracing::info!("{} records exported", records.len());
    Ok(0)
}
