//! CSV: the record flattened into the contract's columns, RFC 4180 quoting,
//! CRLF line ends.

use std::io::Write;

use crate::record::{DeadlineKind, Rag, Record, Status};

/// The CSV columns, in the order of the record contract.
pub const CSV_COLUMNS: [&str; 20] = [
    "document_path",
    "document_url",
    "council",
    "document_title",
    "document_date",
    "recommendation_id",
    "recommendation_title",
    "action_id",
    "action_text",
    "lead",
    "lead_raw",
    "deadline_raw",
    "deadline_kind",
    "deadline_start",
    "deadline_end",
    "status",
    "rag",
    "progress",
    "page",
    "warnings",
];

fn enum_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

pub(super) fn write<W: Write>(out: &mut W, records: &[Record], bom: bool) -> Result<(), super::WriteError> {
    if bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    w.write_record(CSV_COLUMNS)?;
    for r in records {
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        let rec = r.recommendation.clone().unwrap_or_default();
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        w.write_record([
            r.document.path.clone(),
            opt(&r.document.url),
            opt(&r.document.council),
            opt(&r.document.title),
            opt(&r.document.date),
            opt(&rec.id),
            opt(&rec.title),
            opt(&r.action.id),
            r.action.text.clone(),
            r.lead.iter().map(|o| o.name.as_str()).collect::<Vec<_>>().join("; "),
            r.lead.iter().map(|o| o.raw.as_str()).collect::<Vec<_>>().join("; "),
            opt(&r.deadline.raw),
            enum_name::<DeadlineKind>(&r.deadline.kind),
            date(r.deadline.start),
            date(r.deadline.end),
            r.status.map(|s| enum_name::<Status>(&s)).unwrap_or_default(),
            r.rag.map(|s| enum_name::<Rag>(&s)).unwrap_or_default(),
            opt(&r.progress),
            r.location.page.map(|p| p.to_string()).unwrap_or_default(),
            r.warnings.join("; "),
        ])?;
    }
    w.flush()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::{tests::sample, write_records, Format, WriteOptions};
    use super::*;

    fn csv_text(bom: bool) -> String {
        let mut out = Vec::new();
        write_records(
            &mut out,
            &[sample()],
            &WriteOptions {
                format: Format::Csv,
                bom,
            },
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn header_order_crlf_and_quoting() {
        let text = csv_text(false);
        assert!(text.starts_with(&format!("{}\r\n", CSV_COLUMNS.join(","))));
        assert!(text.contains("\"Do it, \"\"well\"\"\nand soon\""));
        assert!(
            text.contains("Chief Executive; Section 151 Officer,CEO; S151,May-24,date,2024-05-01,2024-05-31,complete")
        );
        assert!(text.ends_with("\r\n"));
    }

    #[test]
    fn bom_only_when_asked() {
        assert!(csv_text(true).starts_with('\u{feff}'));
        assert!(!csv_text(false).starts_with('\u{feff}'));
    }
}
