//! Every table of a document as plain rows of cell text: the general table
//! extractor behind `actionplan tables`, for documents that are not action
//! plans and for seeing how a layout was rebuilt.
//!
//! The shape is a contract for scripts: `{"page", "bbox", "rows"}` with a
//! spanning cell's text in its first slot and "" in the slots it covers.

use serde::Serialize;

use super::pdf::{read_pdf_full, PdfOptions};
use super::{read_bytes, InputFormat, ReadError};
use crate::model::{Block, Table};

/// One table as rows of cell texts.
#[derive(Debug, Clone, PartialEq, Serialize)]
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

fn round(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// Reads a document and returns its tables in reading order.
pub fn tables_of(bytes: &[u8], format: InputFormat, pdf: &PdfOptions) -> Result<Vec<PlainTable>, ReadError> {
    if format == InputFormat::Pdf {
        let read = read_pdf_full(bytes, pdf)?;
        return Ok(read
            .tables
            .iter()
            .map(|t| PlainTable {
                page: Some(t.page),
                bbox: Some([
                    round(t.rect.x0),
                    round(t.page_height - t.rect.y1),
                    round(t.rect.x1),
                    round(t.page_height - t.rect.y0),
                ]),
                rows: plain_rows(&t.table),
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
