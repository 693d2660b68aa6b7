//! Delimited text (.csv, .tsv): decoded as the text reader decodes, the
//! delimiter sniffed from the first lines, each line a row of one sheet.
//! Title lines above the header and notes below are laid out as a workbook
//! sheet's are ([`Sheet::to_blocks`]): the segmenter finds the header row.

use super::grid::{Sheet, SheetCell};
use super::SheetLimits;
use crate::model::{Block, Document};
use crate::read::{decode_text, ReadError};

/// Lines looked at to choose the delimiter.
const SNIFF_LINES: usize = 50;

/// The delimiters tried, in order of preference on a tie.
const DELIMITERS: [u8; 3] = [b',', b';', b'\t'];

/// Reads CSV or TSV text into one table (with any title and note lines as
/// paragraphs).
pub fn read_delimited(bytes: &[u8], limits: &SheetLimits) -> Result<Document, ReadError> {
    let text = decode_text(bytes, false)?;
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut sheet = Sheet::default();
    let mut warnings = Vec::new();
    let mut cells = 0usize;
    for (r, record) in reader.records().enumerate() {
        if r >= limits.max_rows {
            warnings.push(format!("more than {} rows; the rest are not read", limits.max_rows));
            break;
        }
        let record = record.map_err(|e| ReadError::Malformed(format!("line {}: {e}", r + 1)))?;
        for (c, field) in record.iter().enumerate() {
            if field.trim().is_empty() {
                continue;
            }
            cells += 1;
            if cells > limits.max_cells {
                break;
            }
            sheet.cells.insert(
                (r as u32, c as u32),
                SheetCell {
                    text: field.to_string(),
                    fill: None,
                },
            );
        }
        if cells > limits.max_cells {
            warnings.push(format!("more than {} cells; the rest are not read", limits.max_cells));
            break;
        }
    }
    let blocks = sheet.to_blocks(&mut warnings);
    let title = match blocks.first() {
        Some(Block::Paragraph { text, .. }) => Some(text.clone()),
        _ => None,
    };
    Ok(Document {
        title,
        blocks,
        warnings,
    })
}

/// The delimiter that splits the first lines most consistently: the one
/// with the most lines split into the most common field count above one.
pub fn sniff_delimiter(text: &str) -> u8 {
    let lines: Vec<&str> = text
        .lines()
        .filter(|l| !l.trim().is_empty())
        .take(SNIFF_LINES)
        .collect();
    let mut best = (0usize, 0usize, DELIMITERS[0]);
    for &d in &DELIMITERS {
        let counts: Vec<usize> = lines.iter().map(|l| count_outside_quotes(l, d)).collect();
        let mut modes = std::collections::HashMap::new();
        for &n in counts.iter().filter(|&&n| n > 0) {
            *modes.entry(n).or_insert(0usize) += 1;
        }
        let (fields, lines_agreeing) = modes.into_iter().max_by_key(|&(n, k)| (k, n)).unwrap_or((0, 0));
        if (lines_agreeing, fields) > (best.0, best.1) {
            best = (lines_agreeing, fields, d);
        }
    }
    best.2
}

/// How many times `d` appears in a line outside double quotes.
fn count_outside_quotes(line: &str, d: u8) -> usize {
    let mut quoted = false;
    let mut n = 0;
    for &b in line.as_bytes() {
        if b == b'"' {
            quoted = !quoted;
        } else if b == d && !quoted {
            n += 1;
        }
    }
    n
}
