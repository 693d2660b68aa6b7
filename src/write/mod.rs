//! Placeholder writers until the real ones land.
use crate::record::Record;
use std::path::Path;
/// Format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)] pub enum Format { Jsonl, Json, Csv }
impl Format { /// ext
 pub fn from_extension(p: &Path) -> Option<Format> { match p.extension()?.to_str()? { "jsonl"|"ndjson" => Some(Format::Jsonl), "json" => Some(Format::Json), "csv" => Some(Format::Csv), _ => None } } }
/// Options.
pub struct WriteOptions { pub format: Format, pub bom: bool }
/// Error.
#[derive(Debug, thiserror::Error)] pub enum WriteError { #[error("io: {0}")] Io(#[from] std::io::Error) }
/// Write.
pub fn write_records<W: std::io::Write>(mut out: W, records: &[Record], _o: &WriteOptions) -> Result<(), WriteError> { for r in records { serde_json::to_writer(&mut out, r).map_err(std::io::Error::from)?; writeln!(out)?; } Ok(()) }
/// Write to path.
pub fn write_records_to_path(path: &Path, records: &[Record], o: &WriteOptions) -> Result<(), WriteError> { write_records(std::fs::File::create(path)?, records, o) }
