//! Workbooks (.xlsx, .xlsm, .xls, .ods) through calamine: each visible
//! worksheet's cells, with, for .xlsx, the fills and number formats of the
//! cells' styles and the layout [`super::xlsx_layout`] reads.

use std::collections::HashMap;
use std::io::Cursor;

use calamine::{Data, DataRef, Reader, SheetType, SheetVisible, Sheets, Style, Xlsx};
use zip::ZipArchive;

use super::grid::{Merge, Sheet, SheetCell};
use super::ods_layout::read_ods_layouts;
use super::values::show;
use super::xlsx_layout::{check_inflated_size, read_layout, sheet_paths};
use super::SheetLimits;
use crate::model::{Block, Document, Rgb};
use crate::read::ReadError;

/// Most merged ranges kept from one sheet (a tracker has tens).
const MAX_MERGES: usize = 10_000;

/// Reads a workbook: each visible worksheet as a heading (its name) and its
/// blocks ([`Sheet::to_blocks`]).
pub fn read_workbook(bytes: &[u8], limits: &SheetLimits) -> Result<Document, ReadError> {
    if bytes.starts_with(b"PK\x03\x04") {
        check_inflated_size(bytes, limits.max_decompressed)?;
    }
    let book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| ReadError::Malformed(format!("not a readable workbook (.xlsx, .xlsm, .xls, .ods): {e}")))?;
    let mut warnings = Vec::new();
    let sheets = match book {
        Sheets::Xlsx(xlsx) => read_xlsx(xlsx, bytes, limits, &mut warnings)?,
        other => read_other(other, bytes, limits, &mut warnings)?,
    };
    let mut doc = Document {
        title: None,
        blocks: Vec::new(),
        warnings,
    };
    for sheet in sheets {
        let blocks = sheet.to_blocks(&mut doc.warnings);
        if blocks.is_empty() {
            continue;
        }
        if doc.title.is_none() {
            // The first sheet's title row, as a print of it would show first.
            if let Some(Block::Paragraph { text, .. }) = blocks.first() {
                doc.title = Some(text.clone());
            }
        }
        doc.blocks.push(Block::Heading {
            level: 1,
            text: sheet.name.clone(),
            page: None,
        });
        doc.blocks.extend(blocks);
    }
    Ok(doc)
}

/// Cells left to read in the workbook, and whether the cap was met.
struct Budget {
    cells: usize,
    warned: bool,
}

impl Budget {
    /// Takes one cell; false (with a warning, once) when none are left.
    fn take(&mut self, limits: &SheetLimits, warnings: &mut Vec<String>) -> bool {
        if self.cells == 0 {
            if !self.warned {
                warnings.push(format!(
                    "the workbook has more than {} cells; the rest are not read",
                    limits.max_cells
                ));
                self.warned = true;
            }
            return false;
        }
        self.cells -= 1;
        true
    }
}

fn read_xlsx(
    mut xlsx: Xlsx<Cursor<&[u8]>>,
    bytes: &[u8],
    limits: &SheetLimits,
    warnings: &mut Vec<String>,
) -> Result<Vec<Sheet>, ReadError> {
    let names: Vec<String> = xlsx
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible == SheetVisible::Visible && s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect();
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| ReadError::NotZip(e.to_string()))?;
    let paths = sheet_paths(&mut zip)?;
    let mut budget = Budget {
        cells: limits.max_cells,
        warned: false,
    };
    let mut sheets = Vec::new();
    for name in names {
        let mut sheet = Sheet {
            name: name.clone(),
            ..Sheet::default()
        };
        if let Some(path) = paths.get(&name) {
            let layout = read_layout(&mut zip, path, limits.max_rows)?;
            sheet.hidden_rows = layout.hidden_rows;
            sheet.hidden_cols = layout.hidden_cols;
            sheet.merges = layout.merges;
            sheet.merges.truncate(MAX_MERGES);
            if !layout.uncached_formulas.is_empty() {
                warnings.push(uncached_warning(
                    &name,
                    &layout.uncached_formulas,
                    layout.uncached_count,
                ));
            }
        }
        let mut reader = xlsx
            .worksheet_cells_reader(&name)
            .map_err(|e| ReadError::Malformed(format!("sheet {name:?}: {e}")))?;
        let styles: Vec<Style> = reader.styles().to_vec();
        while let Some((cell, style_id)) = reader
            .next_cell_with_style_id()
            .map_err(|e| ReadError::Malformed(format!("sheet {name:?}: {e}")))?
        {
            let (row, col) = cell.get_position();
            if row as usize >= limits.max_rows {
                warnings.push(too_many_rows(&name, limits));
                break;
            }
            let style = styles.get(style_id);
            let fill = style.and_then(fill_of);
            let format = style.and_then(|s| s.number_format.as_ref());
            let text = show(
                cell.get_value(),
                format.map(|f| f.format_code.as_str()),
                format.and_then(|f| f.format_id),
            );
            if text.trim().is_empty() && fill.is_none() {
                continue;
            }
            if !budget.take(limits, warnings) {
                break;
            }
            sheet.cells.insert((row, col), SheetCell { text, fill });
        }
        sheets.push(sheet);
    }
    Ok(sheets)
}

/// A style's solid fill colour, where it paints one.
fn fill_of(style: &Style) -> Option<Rgb> {
    let fill = style.fill.as_ref().filter(|f| f.is_visible())?;
    let c = fill.get_color()?;
    Some(Rgb(c.red, c.green, c.blue))
}

/// .xls, .ods and .xlsb: values through calamine's ranges, merges (.xls
/// from calamine, .ods from its `content.xml`), and for .ods the hidden
/// rows and columns and fills.
fn read_other(
    mut book: Sheets<Cursor<&[u8]>>,
    bytes: &[u8],
    limits: &SheetLimits,
    warnings: &mut Vec<String>,
) -> Result<Vec<Sheet>, ReadError> {
    let names: Vec<String> = book
        .sheets_metadata()
        .iter()
        .filter(|s| s.visible == SheetVisible::Visible && s.typ == SheetType::WorkSheet)
        .map(|s| s.name.clone())
        .collect();
    let mut ods = match &book {
        Sheets::Ods(_) => read_ods_layouts(bytes, limits.max_rows)?,
        _ => HashMap::new(),
    };
    let mut budget = Budget {
        cells: limits.max_cells,
        warned: false,
    };
    let mut sheets = Vec::new();
    for name in names {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| ReadError::Malformed(format!("sheet {name:?}: {e}")))?;
        let (r0, c0) = range.start().unwrap_or((0, 0));
        let mut sheet = Sheet {
            name: name.clone(),
            ..Sheet::default()
        };
        if let Sheets::Xls(xls) = &book {
            sheet.merges = xls
                .merge_cells_by_sheet_name(&name)
                .unwrap_or_default()
                .into_iter()
                .take(MAX_MERGES)
                .map(|d| Merge {
                    first: d.start,
                    last: d.end,
                })
                .collect();
        }
        if let Some(layout) = ods.remove(&name) {
            sheet.hidden_rows = layout.hidden_rows;
            sheet.hidden_cols = layout.hidden_cols;
            sheet.merges = layout.merges;
            sheet.merges.truncate(MAX_MERGES);
            for (pos, fill) in layout.fills {
                sheet.cells.entry(pos).or_default().fill = Some(fill);
            }
        }
        for (r, c, value) in range.used_cells() {
            if r >= limits.max_rows {
                warnings.push(too_many_rows(&name, limits));
                break;
            }
            let text = show(&data_ref(value), None, None);
            if text.trim().is_empty() {
                continue;
            }
            if !budget.take(limits, warnings) {
                break;
            }
            sheet.cells.entry((r0 + r as u32, c0 + c as u32)).or_default().text = text;
        }
        sheets.push(sheet);
    }
    Ok(sheets)
}

/// A borrowed view of an owned cell value.
fn data_ref(value: &Data) -> DataRef<'_> {
    match value {
        Data::Int(i) => DataRef::Int(*i),
        Data::Float(f) => DataRef::Float(*f),
        Data::String(s) => DataRef::SharedString(s),
        Data::Bool(b) => DataRef::Bool(*b),
        Data::DateTime(d) => DataRef::DateTime(*d),
        Data::DateTimeIso(s) => DataRef::DateTimeIso(s.clone()),
        Data::DurationIso(s) => DataRef::DurationIso(s.clone()),
        Data::Error(e) => DataRef::Error(e.clone()),
        Data::Empty => DataRef::Empty,
    }
}

fn too_many_rows(name: &str, limits: &SheetLimits) -> String {
    format!(
        "sheet {name:?} has more than {} rows; the rest are not read",
        limits.max_rows
    )
}

fn uncached_warning(name: &str, named: &[String], count: usize) -> String {
    let more = count.saturating_sub(named.len());
    let more = if more > 0 {
        format!(" and {more} more")
    } else {
        String::new()
    };
    format!(
        "sheet {name:?}: formulas saved without a value ({}{more}) read as empty; recalculate and save the workbook to read them",
        named.join(", ")
    )
}
