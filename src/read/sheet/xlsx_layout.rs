//! What calamine does not tell about an .xlsx sheet, read from the sheet's
//! XML in one streaming pass: hidden rows and columns, merged ranges, and
//! formulas saved without a cached value. Also the zip's decompression
//! budget, checked over every member before calamine inflates any.

use std::collections::{HashMap, HashSet};
use std::io::{BufReader, Cursor, Read};

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};
use zip::ZipArchive;

use super::grid::Merge;
use crate::model::Rgb;
use crate::read::ReadError;

/// A sheet's layout beyond its values.
#[derive(Debug, Default)]
pub struct Layout {
    /// Rows hidden, from 0.
    pub hidden_rows: HashSet<u32>,
    /// Column ranges hidden, from 0, both ends inclusive.
    pub hidden_cols: Vec<(u32, u32)>,
    /// Merged ranges.
    pub merges: Vec<Merge>,
    /// Cells holding a formula saved without its value, as "B7" (the first
    /// [`NAMED_UNCACHED`] of them).
    pub uncached_formulas: Vec<String>,
    /// How many cells hold a formula saved without its value.
    pub uncached_count: usize,
    /// Cell fills by (row, column), where the format keeps them outside
    /// calamine's reach (.ods; an .xlsx cell's fill comes with its style).
    pub fills: HashMap<(u32, u32), Rgb>,
}

/// Uncached formulas a layout names one by one; the rest are counted.
pub const NAMED_UNCACHED: usize = 5;

/// Fails when the package's members inflate past `limit` bytes all
/// together (a zip bomb), counting what each really inflates to, not what
/// its header declares.
pub fn check_inflated_size(bytes: &[u8], limit: u64) -> Result<(), ReadError> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|e| ReadError::NotZip(e.to_string()))?;
    let mut left = limit;
    for i in 0..zip.len() {
        let member = zip.by_index(i).map_err(|e| ReadError::Malformed(e.to_string()))?;
        let name = member.name().map(|n| n.into_owned()).unwrap_or_default();
        let inflated = std::io::copy(&mut member.take(left.saturating_add(1)), &mut std::io::sink())
            .map_err(|e| ReadError::Malformed(format!("{name}: {e}")))?;
        if inflated > left {
            return Err(ReadError::TooLargeDecompressed { limit });
        }
        left -= inflated;
    }
    Ok(())
}

/// The sheets' XML paths by sheet name, from `xl/workbook.xml` and its
/// relationships.
pub fn sheet_paths(zip: &mut ZipArchive<Cursor<&[u8]>>) -> Result<HashMap<String, String>, ReadError> {
    let mut ids = Vec::new();
    each_element(zip, "xl/workbook.xml", |e, _| {
        if e.local_name().as_ref() == "sheet" {
            let name = attr(e, "name");
            let id = e.attributes().flatten().find(|a| a.key.local_name().as_ref() == "id");
            if let (Some(name), Some(id)) = (name, id) {
                ids.push((name, id.value.to_string()));
            }
        }
    })?;
    let mut targets = HashMap::new();
    each_element(zip, "xl/_rels/workbook.xml.rels", |e, _| {
        if e.local_name().as_ref() == "Relationship" {
            if let (Some(id), Some(target)) = (attr(e, "Id"), attr(e, "Target")) {
                let path = match target.strip_prefix('/') {
                    Some(abs) => abs.to_string(),
                    None => format!("xl/{target}"),
                };
                targets.insert(id, path);
            }
        }
    })?;
    Ok(ids
        .into_iter()
        .filter_map(|(name, id)| targets.get(&id).map(|t| (name, t.clone())))
        .collect())
}

/// Reads a sheet's hidden rows and columns, merges and uncached formulas,
/// rows from `max_rows` on left out (as the cells reader leaves them).
pub fn read_layout(zip: &mut ZipArchive<Cursor<&[u8]>>, path: &str, max_rows: usize) -> Result<Layout, ReadError> {
    let max_rows = u32::try_from(max_rows).unwrap_or(u32::MAX);
    let mut layout = Layout::default();
    // The cell being read: its reference, and whether a formula and a value were seen.
    let mut cell: Option<(String, bool, bool)> = None;
    let mut row = 0u32;
    each_element(zip, path, |e, end| match (e.local_name().as_ref(), end) {
        ("col", false) if on(attr(e, "hidden")) => {
            let n = |k: &str| attr(e, k).and_then(|v| v.parse::<u32>().ok());
            if let (Some(min), Some(max)) = (n("min"), n("max")) {
                layout.hidden_cols.push((min.saturating_sub(1), max.saturating_sub(1)));
            }
        }
        ("row", false) => {
            row = attr(e, "r").and_then(|v| v.parse::<u32>().ok()).map_or(row + 1, |r| r);
            if on(attr(e, "hidden")) && row <= max_rows {
                layout.hidden_rows.insert(row.saturating_sub(1));
            }
        }
        ("c", false) if row <= max_rows => cell = Some((attr(e, "r").unwrap_or_default(), false, false)),
        ("f", false) => {
            if let Some(c) = cell.as_mut() {
                c.1 = true;
            }
        }
        ("v", false) => {
            if let Some(c) = cell.as_mut() {
                c.2 = true;
            }
        }
        ("c", true) => {
            if let Some((r, true, false)) = cell.take() {
                layout.uncached_count += 1;
                if layout.uncached_formulas.len() < NAMED_UNCACHED {
                    layout.uncached_formulas.push(r);
                }
            }
        }
        ("mergeCell", false) => {
            if let Some(m) = attr(e, "ref").and_then(|r| parse_range(&r)) {
                layout.merges.push(m);
            }
        }
        _ => {}
    })?;
    Ok(layout)
}

/// True for an XML boolean that is on ("1", "true").
fn on(v: Option<String>) -> bool {
    v.is_some_and(|v| v == "1" || v.eq_ignore_ascii_case("true"))
}

/// An attribute's unescaped value by local name.
fn attr(e: &BytesStart<'_>, key: &str) -> Option<String> {
    e.attributes()
        .with_checks(false)
        .flatten()
        .find(|a| a.key.local_name().as_ref() == key)
        .and_then(|a| a.normalized_value(XmlVersion::Implicit1_0).ok().map(|v| v.into_owned()))
}

/// Calls `f` on each element start (`false`) and end (`true`) of a member,
/// streamed; a missing member is no element.
fn each_element(
    zip: &mut ZipArchive<Cursor<&[u8]>>,
    path: &str,
    mut f: impl FnMut(&BytesStart<'_>, bool),
) -> Result<(), ReadError> {
    let member = match zip.by_name(path) {
        Ok(m) => m,
        Err(zip::result::ZipError::FileNotFound) => return Ok(()),
        Err(e) => return Err(ReadError::Malformed(format!("{path}: {e}"))),
    };
    let mut reader = Reader::from_reader(BufReader::new(member));
    let mut buf = Vec::new();
    loop {
        buf.clear();
        match reader.read_event_into(&mut buf) {
            Ok(Event::Start(e)) => f(&e, false),
            Ok(Event::Empty(e)) => {
                f(&e, false);
                f(&e, true);
            }
            Ok(Event::End(e)) => {
                let name = e.name();
                f(&BytesStart::new(name.local_name().as_ref().to_string()), true);
            }
            Ok(Event::Eof) => return Ok(()),
            Err(e) => return Err(ReadError::Malformed(format!("{path}: {e}"))),
            _ => {}
        }
    }
}

/// "B7" as (row 6, column 1).
pub fn parse_ref(r: &str) -> Option<(u32, u32)> {
    let r = r.trim().replace('$', "");
    let letters = r.chars().take_while(char::is_ascii_alphabetic).count();
    if letters == 0 || letters > 3 {
        return None;
    }
    let col = r[..letters].chars().fold(0u32, |acc, c| {
        acc * 26 + (c.to_ascii_uppercase() as u32 - 'A' as u32 + 1)
    });
    let row: u32 = r[letters..].parse().ok()?;
    Some((row.checked_sub(1)?, col - 1))
}

/// "A1:C3" as a merge.
fn parse_range(r: &str) -> Option<Merge> {
    let (a, b) = r.split_once(':').unwrap_or((r, r));
    let (first, last) = (parse_ref(a)?, parse_ref(b)?);
    Some(Merge {
        first: (first.0.min(last.0), first.1.min(last.1)),
        last: (first.0.max(last.0), first.1.max(last.1)),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_read_as_rows_and_columns_from_zero() {
        assert_eq!(parse_ref("A1"), Some((0, 0)));
        assert_eq!(parse_ref("$AB$12"), Some((11, 27)));
        assert_eq!(parse_ref("A0"), None);
        assert_eq!(
            parse_range("B2:A5"),
            Some(Merge {
                first: (1, 0),
                last: (4, 1)
            })
        );
    }
}
