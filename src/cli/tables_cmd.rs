//! `actionplan tables`: print a document's tables as JSON or CSV blocks.

use anyhow::Context as _;

use actionplan::read::pdf::PdfOptions;
use actionplan::read::sniff;
use actionplan::read::tables::{tables_of, PlainTable};

use super::args::{TablesArgs, TablesFormat};
use super::print_bytes;

/// Runs the command; Ok(exit code).
pub fn run(args: &TablesArgs) -> anyhow::Result<i32> {
    let path = &args.input;
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let pdf = PdfOptions {
        password: args.password.clone(),
    };
    let read = actionplan::read::pdf::engine::guarded(|| tables_of(&bytes, sniff(&bytes, path), &pdf));
    let tables = match read {
        Ok(Ok(t)) => t,
        Ok(Err(e)) => {
            eprintln!("actionplan: {}: {e}", path.display());
            return Ok(1);
        }
        Err(panic) => {
            eprintln!(
                "actionplan: {}: the reader failed on this file ({panic})",
                path.display()
            );
            return Ok(1);
        }
    };
    let out = match args.format {
        TablesFormat::Json => {
            let mut s = serde_json::to_string_pretty(&tables)?;
            s.push('\n');
            s.into_bytes()
        }
        TablesFormat::Csv => csv_blocks(&tables)?,
    };
    print_bytes(&out)?;
    Ok(0)
}

/// Each table as a block: a header line naming it, its rows, a blank line.
fn csv_blocks(tables: &[PlainTable]) -> anyhow::Result<Vec<u8>> {
    let mut out = Vec::new();
    for (i, t) in tables.iter().enumerate() {
        {
            let mut w = csv::WriterBuilder::new()
                .flexible(true)
                .terminator(csv::Terminator::CRLF)
                .from_writer(&mut out);
            let page = t.page.map(|p| p.to_string()).unwrap_or_default();
            let bbox = t
                .bbox
                .map(|b| b.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(" "))
                .unwrap_or_default();
            w.write_record(["#table", &(i + 1).to_string(), "page", &page, "bbox", &bbox])?;
            for row in &t.rows {
                w.write_record(row)?;
            }
            w.flush()?;
        }
        out.extend_from_slice(b"\r\n");
    }
    Ok(out)
}
