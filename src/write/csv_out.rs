//! CSV: the record flattened into the contract's columns, RFC 4180 quoting,
//! CRLF line ends.

use std::io::Write;

use crate::record::{Deadline, DeadlineKind, Rag, Record, Status};

/// The CSV columns, in the order of the record contract, then
/// `deadline_parts` (a `multiple` deadline's parts as
/// `start..end; start..end`, an open end left empty), added at the end so
/// readers that go by position keep working.
pub const CSV_COLUMNS: [&str; 21] = [
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
    "deadline_parts",
];

/// The characters that make a spreadsheet read a cell as a formula (or, for
/// tab and carriage return, that some of them strip before doing so).
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// A cell as a spreadsheet will show it rather than run it: a leading `'`
/// on text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return
/// (and only those), as OWASP advises for CSV files opened in Excel or
/// LibreOffice. Other text is returned as it is.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    if cell.starts_with(FORMULA_STARTS) {
        format!("'{cell}").into()
    } else {
        cell.into()
    }
}

fn enum_name<T: serde::Serialize>(v: &T) -> String {
    serde_json::to_value(v)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

fn csv_writer<W: Write>(out: W) -> csv::Writer<W> {
    csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .has_headers(false)
        .from_writer(out)
}

/// The byte-order mark when asked for, then the header row.
pub(super) fn header<W: Write>(out: &mut W, bom: bool) -> Result<(), super::WriteError> {
    if bom {
        out.write_all("\u{feff}".as_bytes())?;
    }
    let mut w = csv_writer(out);
    w.write_record(CSV_COLUMNS)?;
    w.flush()?;
    Ok(())
}

/// A deadline's parts as `start..end; start..end` (an open end empty).
fn parts(d: &Deadline) -> String {
    let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    d.parts
        .iter()
        .map(|p| format!("{}..{}", date(p.start), date(p.end)))
        .collect::<Vec<_>>()
        .join("; ")
}

/// One row per record; every cell made [`spreadsheet_safe`] unless `raw`.
pub(super) fn rows<W: Write>(out: &mut W, records: &[Record], raw: bool) -> Result<(), super::WriteError> {
    let mut w = csv_writer(out);
    for r in records {
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        let rec = r.recommendation.clone().unwrap_or_default();
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let row = [
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
            parts(&r.deadline),
        ];
        if raw {
            w.write_record(&row)?;
        } else {
            w.write_record(row.iter().map(|c| spreadsheet_safe(c).into_owned()))?;
        }
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
                raw: false,
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
    fn formula_starts_are_quoted_and_nothing_else() {
        for (cell, want) in [
            ("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"),
            ("+1", "'+1"),
            ("-1", "'-1"),
            ("@Director", "'@Director"),
            ("\tx", "'\tx"),
            ("\rx", "'\rx"),
            ("Director", "Director"),
            (" =x", " =x"),
            ("", ""),
        ] {
            assert_eq!(spreadsheet_safe(cell), want);
        }
    }

    #[test]
    fn bom_only_when_asked() {
        assert!(csv_text(true).starts_with('\u{feff}'));
        assert!(!csv_text(false).starts_with('\u{feff}'));
    }
}
