//! Spreadsheet reader: workbooks (.xlsx, .xlsm, .xls, .ods) and delimited
//! text (.csv, .tsv) to the document model.
//!
//! What it reads, as a person looking at the sheet would see it:
//! - [x] each visible sheet as a level-1 heading (its name) and its used
//!   range as one table; hidden sheets left out;
//! - [x] cell values as the cell shows them: numbers and Excel serial dates
//!   (1900 and 1904 systems) formatted by the cell's number format
//!   (`dd/mm/yyyy`, `mmm-yy`, `0%`); formulas by their cached value (a
//!   formula with none is named in the document's warnings);
//! - [x] merged cells as row and column spans on the origin cell;
//! - [x] hidden rows and columns left out (.xlsx, .ods);
//! - [x] cell fills (`xl/styles.xml` through the cell's `s=` style index)
//!   as [`Cell::fill`](crate::model::Cell::fill), for RAG columns given as
//!   colours only (.xlsx, .ods);
//! - [x] title rows above the table and notes below it (rows with one
//!   filled cell) as paragraphs beside the table, rows and columns with
//!   nothing in them dropped: the segmenter finds the header row;
//! - [x] CSV and TSV with the delimiter sniffed (comma, semicolon, tab) and
//!   the text reader's encodings (UTF-8 with or without BOM, UTF-16 with
//!   BOM, Windows-1252);
//! - [x] the same hidden rows and columns, merges and fills for .ods, from
//!   its `content.xml`;
//! - [ ] fills and hidden rows/columns of .xls (calamine gives its values
//!   and merges only);
//! - [ ] charts, comments, images, conditional formats (a fill painted by
//!   a conditional format rule is not a cell fill).
//!
//! Limits: a package inflating past [`SheetLimits::max_decompressed`] fails
//! as a zip bomb; a sheet is read to [`SheetLimits::max_rows`] rows and a
//! workbook to [`SheetLimits::max_cells`] cells, past which the rest is left
//! out with a warning (a lying `dimension` costs nothing: only the cells
//! really present are kept).

mod delimited;
mod grid;
mod ods_layout;
mod values;
mod workbook;
mod xlsx_layout;

use crate::model::Document;
use crate::read::ReadError;

pub use delimited::read_delimited;
pub use workbook::read_workbook;

/// Limits that keep a hostile or huge spreadsheet from exhausting memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetLimits {
    /// Most bytes inflated from a zip package (.xlsx, .ods) all together;
    /// past it reading fails with [`ReadError::TooLargeDecompressed`].
    pub max_decompressed: u64,
    /// Most rows read from one sheet; the rest are left out with a warning.
    pub max_rows: usize,
    /// Most non-empty cells read from one workbook or delimited file; the
    /// rest are left out with a warning.
    pub max_cells: usize,
}

/// Rows read from one sheet by default: a tracker has tens or hundreds; a
/// sheet of a million rows is an export of something else. At this cap a
/// million-row sheet reads, segments and writes in about 13 s (release
/// build), well inside the worker's default 60 s.
pub const DEFAULT_MAX_ROWS: usize = 20_000;

/// Non-empty cells read from one workbook by default.
pub const DEFAULT_MAX_CELLS: usize = 1_000_000;

impl Default for SheetLimits {
    fn default() -> Self {
        SheetLimits {
            max_decompressed: crate::read::docx::DEFAULT_MAX_DECOMPRESSED,
            max_rows: DEFAULT_MAX_ROWS,
            max_cells: DEFAULT_MAX_CELLS,
        }
    }
}

/// Reads a workbook or delimited text with the default limits: `delimited`
/// says which.
pub fn read_sheet(bytes: &[u8], delimited: bool) -> Result<Document, ReadError> {
    if delimited {
        read_delimited(bytes, &SheetLimits::default())
    } else {
        read_workbook(bytes, &SheetLimits::default())
    }
}

#[cfg(test)]
mod tests;
