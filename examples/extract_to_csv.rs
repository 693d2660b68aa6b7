//! The library in a dozen lines: extract one file's action records and
//! write them as CSV, through the same atomic output the CLI uses.
//!
//! ```sh
//! cargo run --example extract_to_csv -- fixtures/harrow-2023/source.html actions.csv
//! ```

use std::path::PathBuf;

use actionplan::extract::{extract_path, ExtractOptions};
use actionplan::write::{write_records_to_path, Format, WriteOptions};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args_os().skip(1).map(PathBuf::from);
    let (Some(input), Some(output)) = (args.next(), args.next()) else {
        eprintln!("usage: extract_to_csv INPUT OUTPUT.csv");
        std::process::exit(2);
    };
    // In process, with the default limits; the CLI adds worker processes.
    let records = extract_path(&input, &ExtractOptions::default())?;
    let opts = WriteOptions {
        format: Format::Csv,
        bom: false,
        raw: false,
    };
    write_records_to_path(&output, &records, &opts)?;
    println!("{}: {} records to {}", input.display(), records.len(), output.display());
    Ok(())
}
