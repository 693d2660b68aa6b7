//! Writers: records to JSON Lines, JSON or CSV, to any stream or to a file
//! written atomically (a temporary file renamed into place), so a failed run
//! never leaves partial output behind.

mod csv_out;

use std::io::Write;
use std::path::Path;

use crate::record::Record;

pub use csv_out::CSV_COLUMNS;

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

/// Writes records to a stream.
pub fn write_records<W: Write>(mut out: W, records: &[Record], opts: &WriteOptions) -> Result<(), WriteError> {
    match opts.format {
        Format::Jsonl => {
            for r in records {
                serde_json::to_writer(&mut out, r)?;
                out.write_all(b"\n")?;
            }
        }
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, records)?;
            out.write_all(b"\n")?;
        }
        Format::Csv => csv_out::write(&mut out, records, opts.bom)?,
    }
    out.flush()?;
    Ok(())
}

/// Writes records to a file atomically: all of it, or nothing changed.
pub fn write_records_to_path(path: &Path, records: &[Record], opts: &WriteOptions) -> Result<(), WriteError> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    write_records(std::io::BufWriter::new(tmp.as_file_mut()), records, opts)?;
    tmp.persist(path).map_err(|e| e.error)?;
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
