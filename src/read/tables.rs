//! Every table of a document as plain rows of cell text: the general table
//! extractor behind `actionplan tables`, for documents that are not action
//! plans and for seeing how a layout was rebuilt.
//!
//! The shape is a contract for scripts: `{"page", "bbox", "rows"}` with a
//! spanning cell's text in its first slot and "" in the slots it covers.

use serde::{Deserialize, Serialize};

use super::pdf::{read_pdf_full, PdfOptions};
use super::{read_bytes, InputFormat, ReadError};
use crate::model::{Block, Table};

/// One table as rows of cell texts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlainTable {
    /// The page it starts on (PDF only; null elsewhere).
    pub page: Option<u32>,
    /// Its outline in PDF points, origin at the bottom left as in the PDF
    /// itself: [x0, y0, x1, y1] (PDF only; null elsewhere).
    pub bbox: Option<[f64; 4]>,
    /// Rows of cell texts, every row as wide as the table.
    pub rows: Vec<Vec<String>>,
}

/// A table's grid as text: spans resolved, covered slots empty, rows with
/// no text at all (a row's tail moved back over a page break) left out.
pub fn plain_rows(table: &Table) -> Vec<Vec<String>> {
    let grid = table.grid();
    grid.slots
        .iter()
        .filter(|row| row.iter().flatten().any(|s| s.origin && !s.cell.is_empty()))
        .map(|row| {
            row.iter()
                .map(|slot| match slot {
                    Some(s) if s.origin => s.cell.text(),
                    _ => String::new(),
                })
                .collect()
        })
        .collect()
}

/// Largest gap, in points, between two parts of one table stacked on a
/// page (a group of rows set apart, a header row drawn on its own).
const STACK_GAP: f64 = 36.0;

/// True where `lower` sits right under `upper` on the same page, as wide:
/// parts of one table the page layout cut apart.
fn stacked(upper: &PlainTable, lower: &PlainTable) -> bool {
    let (Some(a), Some(b)) = (upper.bbox, lower.bbox) else {
        return false;
    };
    let overlap = a[2].min(b[2]) - a[0].max(b[0]);
    let width = (a[2] - a[0]).max(b[2] - b[0]);
    upper.page == lower.page && a[1] - b[3] >= -2.0 && a[1] - b[3] <= STACK_GAP && overlap >= 0.9 * width
}

/// Appends `lower`'s rows to `upper`, each cell under the column of
/// `upper`'s whose edge is nearest its own; new edges add columns.
fn merge_into(upper: &mut PlainTable, edges: &mut Vec<f64>, lower: PlainTable, lower_edges: &[f64]) {
    let mut union: Vec<f64> = edges.iter().chain(lower_edges).copied().collect();
    union.sort_by(f64::total_cmp);
    union.dedup_by(|a, b| (*a - *b).abs() < 4.0);
    let cols = union.len().saturating_sub(1).max(1);
    let place = |own: &[f64], rows: Vec<Vec<String>>| -> Vec<Vec<String>> {
        rows.into_iter()
            .map(|row| {
                let mut out = vec![String::new(); cols];
                for (j, text) in row.into_iter().enumerate() {
                    let x = own.get(j).copied().unwrap_or(f64::MAX);
                    let k = union
                        .iter()
                        .enumerate()
                        .min_by(|a, b| (a.1 - x).abs().total_cmp(&(b.1 - x).abs()))
                        .map_or(0, |(k, _)| k.min(cols - 1));
                    if out[k].is_empty() {
                        out[k] = text;
                    } else if !text.is_empty() {
                        out[k] = format!("{} {text}", out[k]);
                    }
                }
                out
            })
            .collect()
    };
    let mut rows = place(edges, std::mem::take(&mut upper.rows));
    rows.extend(place(lower_edges, lower.rows));
    upper.rows = rows;
    if let (Some(a), Some(b)) = (upper.bbox, lower.bbox) {
        upper.bbox = Some([a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])]);
    }
    *edges = union;
}

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Reads a document and returns its tables in reading order.
pub fn tables_of(bytes: &[u8], format: InputFormat, pdf: &PdfOptions) -> Result<Vec<PlainTable>, ReadError> {
    if format == InputFormat::Pdf {
        let read = read_pdf_full(bytes, pdf)?;
        let mut out: Vec<(PlainTable, Vec<f64>)> = Vec::new();
        for t in &read.tables {
            let table = PlainTable {
                page: Some(t.page),
                bbox: Some(t.pdf_bbox()),
                rows: plain_rows(&t.table),
            };
            match out.last_mut() {
                Some((last, edges)) if stacked(last, &table) => merge_into(last, edges, table, &t.col_edges),
                _ => out.push((table, t.col_edges.clone())),
            }
        }
        return Ok(out
            .into_iter()
            .map(|(mut t, _)| {
                t.bbox = t.bbox.map(|b| b.map(round));
                t
            })
            .collect());
    }
    let doc = read_bytes(bytes, format)?;
    Ok(doc
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(PlainTable {
                page: t.page,
                bbox: None,
                rows: plain_rows(t),
            }),
            _ => None,
        })
        .collect())
}

/// Each table as a CSV block: a `#table,N,page,P,bbox,x0 y0 x1 y1` line,
/// its rows, a blank line (RFC 4180, CRLF line ends): `actionplan tables -f csv`.
/// Cells are made [`crate::write::spreadsheet_safe`] unless `raw`.
pub fn tables_to_csv(tables: &[PlainTable], raw: bool) -> Result<Vec<u8>, csv::Error> {
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
                if raw {
                    w.write_record(row)?;
                } else {
                    w.write_record(row.iter().map(|c| crate::write::spreadsheet_safe(c).into_owned()))?;
                }
            }
            w.flush()?;
        }
        out.extend_from_slice(b"\r\n");
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cell, Row};

    #[test]
    fn spans_leave_their_covered_slots_empty() {
        let mut wide = Cell::from_text("Objective");
        wide.col_span = 2;
        let mut tall = Cell::from_text("Area");
        tall.row_span = 2;
        let t = Table {
            rows: vec![
                Row {
                    cells: vec![wide, Cell::from_text("Lead")],
                    ..Row::default()
                },
                Row {
                    cells: vec![tall, Cell::from_text("a"), Cell::from_text("b")],
                    ..Row::default()
                },
                Row {
                    cells: vec![Cell::from_text("c"), Cell::from_text("d")],
                    ..Row::default()
                },
            ],
            page: None,
        };
        assert_eq!(
            plain_rows(&t),
            vec![
                vec!["Objective", "", "Lead"],
                vec!["Area", "a", "b"],
                vec!["", "c", "d"]
            ]
        );
    }
}
