//! `actionplan model`: print the document model of one file.

use anyhow::Context as _;

use actionplan::read::{read_bytes, sniff};

use super::args::ModelArgs;

/// Runs the command; Ok(exit code).
pub fn run(args: &ModelArgs) -> anyhow::Result<i32> {
    let path = &args.input;
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    match read_bytes(&bytes, sniff(&bytes, path)) {
        Ok(doc) => {
            println!("{}", serde_json::to_string_pretty(&doc)?);
            Ok(0)
        }
        Err(e) => {
            eprintln!("actionplan: {}: {e}", path.display());
            Ok(1)
        }
    }
}
