//! Bounds every reader's document keeps, whatever its format: the text a
//! row-spanning cell holds is cut where copying it into each row it spans
//! would cost more than [`MAX_SPANNED_TEXT`].
//!
//! A cell spanning rows belongs to each of them, so the segmenter gives its
//! text to every row's record: a 1 MB cell over a thousand rows (or a Word
//! vertical merge whose continued cells all add to the first) makes a
//! gigabyte of records from a megabyte of input. Real plans never come near
//! the bound; past it, a cell keeps its first part and an ellipsis.

use crate::model::{Block, Document};

/// Most text, in bytes, the copies of one row-spanning cell may add up to
/// (its text times the rows it spans).
pub const MAX_SPANNED_TEXT: usize = 8 << 20;

/// Text a spanning cell always keeps, however many rows it spans.
const ALWAYS_KEPT: usize = 4 << 10;

/// Cuts the text of cells whose copies, one per row spanned, would pass
/// [`MAX_SPANNED_TEXT`].
pub fn bound_spanned_text(doc: &mut Document) {
    for block in &mut doc.blocks {
        let Block::Table(table) = block else { continue };
        let rows = table.rows.len();
        for (r, row) in table.rows.iter_mut().enumerate() {
            for cell in &mut row.cells {
                let spanned = cell.row_span.clamp(1, rows - r);
                if spanned < 2 {
                    continue;
                }
                let allowed = (MAX_SPANNED_TEXT / spanned).max(ALWAYS_KEPT);
                let size: usize = cell.blocks.iter().map(block_len).sum();
                if size > allowed {
                    cut_blocks(&mut cell.blocks, allowed);
                }
            }
        }
    }
}

/// The bytes of text a block holds.
fn block_len(block: &Block) -> usize {
    match block {
        Block::Heading { text, .. } | Block::Paragraph { text, .. } => text.len(),
        Block::List { items, .. } => items.iter().map(String::len).sum(),
        Block::Table(t) => t
            .rows
            .iter()
            .flat_map(|r| &r.cells)
            .flat_map(|c| &c.blocks)
            .map(block_len)
            .sum(),
    }
}

/// Keeps the first `allowed` bytes of text of `blocks` (cut at a character
/// boundary, with an ellipsis), dropping the blocks after.
fn cut_blocks(blocks: &mut Vec<Block>, allowed: usize) {
    let mut left = allowed;
    let mut keep = 0;
    for block in blocks.iter_mut() {
        let len = block_len(block);
        if len <= left {
            left -= len;
            keep += 1;
            continue;
        }
        match block {
            Block::Heading { text, .. } | Block::Paragraph { text, .. } => {
                cut_string(text, left);
                keep += 1;
            }
            Block::List { items, .. } => {
                let mut n = 0;
                for item in items.iter_mut() {
                    if item.len() > left {
                        cut_string(item, left);
                        n += 1;
                        break;
                    }
                    left -= item.len();
                    n += 1;
                }
                items.truncate(n);
                keep += 1;
            }
            Block::Table(_) => {}
        }
        break;
    }
    blocks.truncate(keep);
}

/// Cuts a string to at most `max` bytes at a character boundary and marks
/// the cut with an ellipsis.
fn cut_string(text: &mut String, max: usize) {
    let mut at = max.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    text.truncate(at);
    text.push('…');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cell, Row, Table};

    fn table_with_spanning_cell(text: &str, span: usize) -> Document {
        let mut rows = vec![Row {
            cells: vec![
                Cell {
                    row_span: span,
                    ..Cell::from_text(text)
                },
                Cell::from_text("a"),
            ],
            ..Row::default()
        }];
        rows.extend((1..span).map(|_| Row {
            cells: vec![Cell::from_text("b")],
            ..Row::default()
        }));
        Document {
            title: None,
            blocks: vec![Block::Table(Table { rows, page: None })],
            warnings: Vec::new(),
        }
    }

    fn first_cell_text(doc: &Document) -> String {
        match &doc.blocks[0] {
            Block::Table(t) => t.rows[0].cells[0].text(),
            _ => unreachable!(),
        }
    }

    #[test]
    fn a_big_cell_over_many_rows_is_cut_to_the_budget() {
        let big = "wörd ".repeat(200_000);
        let mut doc = table_with_spanning_cell(&big, 1000);
        bound_spanned_text(&mut doc);
        let text = first_cell_text(&doc);
        assert!(text.len() <= MAX_SPANNED_TEXT / 1000 + 4, "{}", text.len());
        assert!(text.ends_with('…'));
        assert!(big.starts_with(text.trim_end_matches('…')));
    }

    #[test]
    fn ordinary_spans_are_left_alone() {
        let text = "Recommendation 1: improve the workforce strategy. ".repeat(40);
        let mut doc = table_with_spanning_cell(text.trim(), 12);
        bound_spanned_text(&mut doc);
        assert_eq!(first_cell_text(&doc), text.trim());
    }
}
