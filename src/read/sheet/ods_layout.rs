//! What calamine does not tell about an .ods sheet, read from `content.xml`
//! in one streaming pass: hidden (collapsed or filtered) rows and columns,
//! merged ranges (`number-rows-spanned`/`number-columns-spanned`) and cell
//! fills (`fo:background-color` of the cell's automatic style).

use std::collections::HashMap;
use std::io::{BufReader, Cursor};

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use zip::ZipArchive;

use super::grid::Merge;
use super::xlsx_layout::Layout;
use crate::model::Rgb;
use crate::read::ReadError;

/// Most columns a repeated cell or column is followed over: past the used
/// range, LibreOffice repeats an empty column to the sheet's edge.
const MAX_REPEAT_COLUMNS: u32 = 1024;

/// Each sheet's layout by sheet name, rows and columns kept to `max_rows`.
pub fn read_ods_layouts(bytes: &[u8], max_rows: usize) -> Result<HashMap<String, Layout>, ReadError> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| ReadError::NotZip(e.to_string()))?;
    let member = match zip.by_name("content.xml") {
        Ok(m) => m,
        Err(e) => return Err(ReadError::Malformed(format!("content.xml: {e}"))),
    };
    let max_rows = u32::try_from(max_rows).unwrap_or(u32::MAX);
    let mut reader = Reader::from_reader(BufReader::new(member));
    let mut buf = Vec::new();
    let mut fills: HashMap<String, Rgb> = HashMap::new();
    let mut style: Option<String> = None;
    let mut layouts = HashMap::new();
    let mut sheet: Option<(String, Layout)> = None;
    let (mut row, mut col, mut next_col_def) = (0u32, 0u32, 0u32);
    let mut row_repeat = 1u32;
    // Each column's default cell style, for cells that name none.
    let mut column_styles: Vec<(u32, u32, String)> = Vec::new();
    loop {
        buf.clear();
        let (e, empty) = match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => (e, false),
            Ok(Event::Empty(e)) => (e, true),
            Ok(Event::End(e)) => {
                match e.local_name().as_ref() {
                    "table-row" => {
                        row = row.saturating_add(row_repeat);
                        row_repeat = 1;
                    }
                    "table" => {
                        if let Some((name, layout)) = sheet.take() {
                            layouts.insert(name, layout);
                        }
                    }
                    "style" => style = None,
                    _ => {}
                }
                continue;
            }
            Ok(Event::Eof) => break,
            Err(e) => return Err(ReadError::Malformed(format!("content.xml: {e}"))),
            _ => continue,
        };
        let repeat = |key: &str| attr(&e, key).and_then(|v| v.parse::<u32>().ok()).unwrap_or(1).max(1);
        match e.local_name().as_ref() {
            "style" => style = attr(&e, "name"),
            "table-cell-properties" => {
                let colour = attr(&e, "background-color").and_then(|c| Rgb::from_hex(&c));
                if let (Some(name), Some(colour)) = (style.clone(), colour) {
                    fills.insert(name, colour);
                }
            }
            "table" => {
                sheet = Some((attr(&e, "name").unwrap_or_default(), Layout::default()));
                (row, next_col_def) = (0, 0);
                column_styles.clear();
            }
            "table-column" => {
                let n = repeat("number-columns-repeated").min(MAX_REPEAT_COLUMNS);
                if let Some((_, layout)) = sheet.as_mut() {
                    if hidden(&e) {
                        layout.hidden_cols.push((next_col_def, next_col_def + n - 1));
                    }
                }
                if let Some(default) = attr(&e, "default-cell-style-name") {
                    column_styles.push((next_col_def, next_col_def + n - 1, default));
                }
                next_col_def = next_col_def.saturating_add(n);
            }
            "table-row" => {
                row_repeat = repeat("number-rows-repeated");
                col = 0;
                if let Some((_, layout)) = sheet.as_mut() {
                    if hidden(&e) && row < max_rows {
                        layout
                            .hidden_rows
                            .extend(row..row.saturating_add(row_repeat).min(max_rows));
                    }
                }
                if empty {
                    row = row.saturating_add(row_repeat);
                    row_repeat = 1;
                }
            }
            "table-cell" | "covered-table-cell" => {
                let n = repeat("number-columns-repeated");
                if let Some((_, layout)) = sheet.as_mut() {
                    if row < max_rows && col < MAX_REPEAT_COLUMNS {
                        let spans = (repeat("number-rows-spanned"), repeat("number-columns-spanned"));
                        if spans != (1, 1) {
                            layout.merges.push(Merge {
                                first: (row, col),
                                last: (row + spans.0 - 1, col + spans.1 - 1),
                            });
                        }
                        let own = attr(&e, "style-name");
                        for c in col..col.saturating_add(n).min(MAX_REPEAT_COLUMNS) {
                            let style = own.as_deref().or_else(|| {
                                column_styles
                                    .iter()
                                    .find(|(a, b, _)| *a <= c && c <= *b)
                                    .map(|(_, _, s)| s.as_str())
                            });
                            if let Some(fill) = style.and_then(|s| fills.get(s)) {
                                layout.fills.insert((row, c), *fill);
                            }
                        }
                    }
                }
                col = col.saturating_add(n);
            }
            _ => {}
        }
    }
    Ok(layouts)
}

/// True for a row or column that is collapsed or filtered out.
fn hidden(e: &BytesStart<'_>) -> bool {
    attr(e, "visibility").is_some_and(|v| v == "collapse" || v == "filter")
}

/// An attribute's value by local name.
fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}
