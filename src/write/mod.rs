//! Writers: records to JSON Lines, JSON or CSV, a document at a time to any
//! stream ([`RecordWriter`]), or to a file written atomically (a temporary
//! file renamed into place, [`output`]), so a failed run never leaves
//! partial output behind.
//!
//! CSV is safe to open in a spreadsheet by default: a cell that starts with
//! `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, so
//! Excel and LibreOffice show it as text instead of running it as a formula
//! (documents come from the web; `=HYPERLINK(...)` in a cell is an attack).
//! [`WriteOptions::raw`] turns this off. JSON is always written raw.

mod csv_out;
pub mod output;

use std::io::Write;
use std::path::Path;

use crate::record::Record;

pub use csv_out::{spreadsheet_safe, CSV_COLUMNS};
pub use output::Output;

/// The output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line: the canonical form.
    Jsonl,
    /// One pretty-printed JSON array.
    Json,
    /// CSV in the column order of the record contract.
    Csv,
}

impl Format {
    /// The format a file name implies (.jsonl/.ndjson, .json, .csv).
    pub fn from_extension(path: &Path) -> Option<Format> {
        match path.extension()?.to_str()?.to_ascii_lowercase().as_str() {
            "jsonl" | "ndjson" => Some(Format::Jsonl),
            "json" => Some(Format::Json),
            "csv" => Some(Format::Csv),
            _ => None,
        }
    }
}

/// How to write.
#[derive(Debug, Clone, Copy)]
pub struct WriteOptions {
    /// The format.
    pub format: Format,
    /// CSV only: start with a UTF-8 byte-order mark so Excel reads accents.
    pub bom: bool,
    /// CSV only: write cells exactly as read, without the leading `'` that
    /// keeps a spreadsheet from running a cell as a formula.
    pub raw: bool,
}

/// Why records could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The stream or file refused the bytes.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// A record could not be serialised.
    #[error("cannot serialise a record: {0}")]
    Json(#[from] serde_json::Error),
    /// The CSV writer failed.
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
}

impl WriteError {
    /// Whether the reader at the other end went away (`| head -1`): not an
    /// error for a command-line tool, which should just stop.
    pub fn is_broken_pipe(&self) -> bool {
        let kind = match self {
            WriteError::Io(e) => Some(e.kind()),
            WriteError::Json(e) => e.io_error_kind(),
            WriteError::Csv(e) => match e.kind() {
                csv::ErrorKind::Io(e) => Some(e.kind()),
                _ => None,
            },
        };
        kind == Some(std::io::ErrorKind::BrokenPipe)
    }
}

/// Writes records a batch (a document's records) at a time, so the first
/// document's records reach the reader while later ones are still read:
/// the header (CSV) or opening bracket (JSON) on creation, each batch
/// flushed, the closing bracket on [`RecordWriter::finish`].
#[derive(Debug)]
pub struct RecordWriter<W: Write> {
    out: W,
    opts: WriteOptions,
    written: usize,
}

impl<W: Write> RecordWriter<W> {
    /// Starts the output.
    pub fn new(mut out: W, opts: WriteOptions) -> Result<Self, WriteError> {
        match opts.format {
            Format::Jsonl => {}
            Format::Json => out.write_all(b"[")?,
            Format::Csv => csv_out::header(&mut out, opts.bom)?,
        }
        Ok(RecordWriter { out, opts, written: 0 })
    }

    /// Writes a batch of records and flushes them.
    pub fn write(&mut self, records: &[Record]) -> Result<(), WriteError> {
        match self.opts.format {
            Format::Jsonl => {
                for r in records {
                    serde_json::to_writer(&mut self.out, r)?;
                    self.out.write_all(b"\n")?;
                }
            }
            Format::Json => {
                for (i, r) in records.iter().enumerate() {
                    let sep: &[u8] = if self.written + i == 0 { b"\n  " } else { b",\n  " };
                    self.out.write_all(sep)?;
                    // As serde_json's pretty array: each element indented.
                    let text = serde_json::to_string_pretty(r)?;
                    self.out.write_all(text.replace('\n', "\n  ").as_bytes())?;
                }
            }
            Format::Csv => csv_out::rows(&mut self.out, records, self.opts.raw)?,
        }
        self.written += records.len();
        self.out.flush()?;
        Ok(())
    }

    /// Ends the output (JSON's closing bracket) and hands the stream back.
    pub fn finish(mut self) -> Result<W, WriteError> {
        if self.opts.format == Format::Json {
            let end: &[u8] = if self.written == 0 { b"]\n" } else { b"\n]\n" };
            self.out.write_all(end)?;
        }
        self.out.flush()?;
        Ok(self.out)
    }

    /// Records written so far.
    pub fn written(&self) -> usize {
        self.written
    }
}

/// Writes records to a stream.
pub fn write_records<W: Write>(out: W, records: &[Record], opts: &WriteOptions) -> Result<(), WriteError> {
    let mut w = RecordWriter::new(out, *opts)?;
    w.write(records)?;
    w.finish()?;
    Ok(())
}

/// Writes records to a file atomically: all of it, or nothing changed (see
/// [`output`] for links, modes and devices; `-` is standard output).
pub fn write_records_to_path(path: &Path, records: &[Record], opts: &WriteOptions) -> Result<(), WriteError> {
    let out = Output::create(path)?;
    let out = {
        let mut w = RecordWriter::new(out, *opts)?;
        w.write(records)?;
        w.finish()?
    };
    out.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::*;

    pub(crate) fn sample() -> Record {
        Record {
            schema_version: SCHEMA_VERSION,
            document: DocumentInfo {
                path: "a.html".into(),
                sha256: "00".into(),
                format: "html".into(),
                council: Some("Harrow".into()),
                ..DocumentInfo::default()
            },
            recommendation: Some(Recommendation {
                id: Some("1".into()),
                title: Some("Plan".into()),
                text: None,
            }),
            action: Action {
                id: None,
                text: "Do it, \"well\"\nand soon".into(),
            },
            lead: vec![
                Owner {
                    raw: "CEO".into(),
                    name: "Chief Executive".into(),
                    kind: OwnerKind::Role,
                },
                Owner {
                    raw: "S151".into(),
                    name: "Section 151 Officer".into(),
                    kind: OwnerKind::Role,
                },
            ],
            deadline: Deadline {
                raw: Some("May-24".into()),
                kind: DeadlineKind::Date,
                start: chrono::NaiveDate::from_ymd_opt(2024, 5, 1),
                end: chrono::NaiveDate::from_ymd_opt(2024, 5, 31),
                parts: vec![],
            },
            status: Some(Status::Complete),
            rag: None,
            progress: None,
            location: Location {
                page: None,
                table: Some(1),
                row: Some(1),
            },
            warnings: vec![],
            lineage: None,
        }
    }

    #[test]
    fn jsonl_round_trips() {
        let mut out = Vec::new();
        let opts = WriteOptions {
            format: Format::Jsonl,
            bom: false,
            raw: false,
        };
        write_records(&mut out, &[sample(), sample()], &opts).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert_eq!(text.lines().count(), 2);
        let back: Record = serde_json::from_str(text.lines().next().unwrap()).unwrap();
        assert_eq!(back, sample());
    }

    #[test]
    fn atomic_write_leaves_only_the_target() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("out.json");
        let opts = WriteOptions {
            format: Format::Json,
            bom: false,
            raw: false,
        };
        write_records_to_path(&path, &[sample()], &opts).unwrap();
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, vec![std::ffi::OsString::from("out.json")]);
        let missing = dir.path().join("no/such/dir/out.json");
        assert!(write_records_to_path(&missing, &[sample()], &opts).is_err());
    }

    #[test]
    fn format_from_extension() {
        assert_eq!(Format::from_extension(Path::new("a.CSV")), Some(Format::Csv));
        assert_eq!(Format::from_extension(Path::new("a.ndjson")), Some(Format::Jsonl));
        assert_eq!(Format::from_extension(Path::new("a.txt")), None);
    }
}
