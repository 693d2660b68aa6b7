//! One page's geometry to the things on it, top to bottom: tables (with the
//! text of each cell) and the lines of running text between them.

use super::collect::{Glyph, RawPage};
use super::grid::{ruled_tables, Rect, RuledTable};
use super::layout::{blocks_of, lines_of, Line, Spacing};
use crate::model::{Cell, Row, Table};

/// A table found on a page, with its geometry kept for joining tables over
/// pages and for `actionplan tables`.
#[derive(Debug, Clone)]
pub struct PageTable {
    /// The page it is on.
    pub page: u32,
    /// Its outline, top-left origin.
    pub rect: Rect,
    /// Height of its page, to turn the outline into PDF coordinates.
    pub page_height: f64,
    /// Column slots.
    pub cols: usize,
    /// Column boundaries, left to right (cols + 1 of them).
    pub col_edges: Vec<f64>,
    /// The table in the document model.
    pub table: Table,
}

/// Something on a page, in reading order.
#[derive(Debug, Clone)]
pub enum PageItem {
    /// A table.
    Table(PageTable),
    /// A line of running text outside tables.
    Line(Line),
}

impl PageItem {
    /// Where the item starts, from the top of the page.
    pub fn top(&self) -> f64 {
        match self {
            PageItem::Table(t) => t.rect.y0,
            PageItem::Line(l) => l.top,
        }
    }
}

/// Lays out one page: ruled tables first, then the glyphs no table claimed
/// as lines of running text.
pub fn layout_page(page: &RawPage) -> Vec<PageItem> {
    let tables = ruled_tables(&page.rules);
    let spacing = Spacing::of(&page.glyphs);
    let mut claimed = vec![false; page.glyphs.len()];
    let mut items: Vec<PageItem> = Vec::new();
    for t in &tables {
        let mut cell_glyphs: Vec<Vec<&Glyph>> = vec![Vec::new(); t.cells.len()];
        for (i, g) in page.glyphs.iter().enumerate() {
            if claimed[i] || !t.rect.contains(g.cx(), g.cy()) {
                continue;
            }
            if let Some(c) = t.cells.iter().position(|c| c.rect.contains(g.cx(), g.cy())) {
                cell_glyphs[c].push(g);
                claimed[i] = true;
            }
        }
        // A ruled box with no text in it is decoration.
        if cell_glyphs.iter().all(Vec::is_empty) {
            continue;
        }
        items.push(PageItem::Table(model_table(
            t,
            &cell_glyphs,
            page.number,
            page.height,
            spacing,
        )));
    }
    let free: Vec<&Glyph> = page
        .glyphs
        .iter()
        .zip(&claimed)
        .filter(|(_, c)| !**c)
        .map(|(g, _)| g)
        .collect();
    items.extend(lines_of(&free, spacing).into_iter().map(PageItem::Line));
    items.sort_by(|a, b| a.top().total_cmp(&b.top()));
    items
}

fn model_table(
    t: &RuledTable,
    cell_glyphs: &[Vec<&Glyph>],
    page: u32,
    page_height: f64,
    spacing: Spacing,
) -> PageTable {
    let mut rows: Vec<Row> = (0..t.rows)
        .map(|_| Row {
            cells: Vec::new(),
            header: false,
            page: Some(page),
        })
        .collect();
    for (cell, glyphs) in t.cells.iter().zip(cell_glyphs) {
        let lines = lines_of(glyphs, spacing);
        rows[cell.row].cells.push(Cell {
            blocks: blocks_of(&lines, Some(page)),
            row_span: cell.row_span,
            col_span: cell.col_span,
        });
    }
    let mut col_edges: Vec<f64> = t.cells.iter().flat_map(|c| [c.rect.x0, c.rect.x1]).collect();
    col_edges.sort_by(f64::total_cmp);
    col_edges.dedup_by(|a, b| (*a - *b).abs() < 0.01);
    PageTable {
        page,
        rect: t.rect,
        page_height,
        cols: t.cols,
        col_edges,
        table: Table { rows, page: Some(page) },
    }
}
