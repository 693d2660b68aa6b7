//! One page's geometry to the things on it, top to bottom: tables (with the
//! text of each cell) and the lines of running text between them.

use super::aligned::{aligned_tables, carry_over, extend_down};
use super::collect::{fill_at, Glyph, RawPage};
use super::columns::{regions, Region};
use super::grid::{ruled_tables, Rect, RuledTable};
use super::layout::{blocks_of, lines_of, Line, Spacing};
use super::refine::{split_columns, split_rows, split_spans};
use super::shaded::{self, EmptySlots};
use crate::model::{Cell, Row, Table};

/// A table found on a page, with its geometry kept for joining tables over
/// pages and for `actionplan tables`.
#[derive(Debug, Clone)]
pub struct PageTable {
    /// The page it is on.
    pub page: u32,
    /// Its outline, top-left origin.
    pub rect: Rect,
    /// Its page's height, to give the outline in PDF coordinates.
    pub page_height: f64,
    /// Column slots.
    pub cols: usize,
    /// Column boundaries, left to right (cols + 1 of them).
    pub col_edges: Vec<f64>,
    /// The table in the document model.
    pub table: Table,
}

impl PageTable {
    /// The outline in PDF points, origin bottom left, on the page as it
    /// is read (a page whose text is turned is turned upright first, as a
    /// viewer shows a page with /Rotate): [x0, y0, x1, y1].
    pub fn pdf_bbox(&self) -> [f64; 4] {
        let h = self.page_height;
        [self.rect.x0, h - self.rect.y1, self.rect.x1, h - self.rect.y0]
    }
}

/// Something on a page, in reading order.
#[derive(Debug, Clone)]
pub enum PageItem {
    /// A table.
    Table(PageTable),
    /// A line of running text outside tables.
    Line(Line),
    /// The end of a column of text (at the given top): the lines before
    /// and after it are not one paragraph.
    Break(f64),
}

impl PageItem {
    /// Where the item starts, from the top of the page.
    pub fn top(&self) -> f64 {
        match self {
            PageItem::Table(t) => t.rect.y0,
            PageItem::Line(l) => l.top,
            PageItem::Break(top) => *top,
        }
    }
}

/// Lays out one page: ruled tables first, then the glyphs no table claimed
/// as lines of running text.
/// `carried` is the column edges of a borderless table the page before
/// ended with, which may carry on at the top of this page.
pub fn layout_page(page: &RawPage, carried: Option<&[f64]>) -> Vec<PageItem> {
    let spacing = Spacing::of(&page.glyphs);
    // A ruled "table" of one column is shading or a box round text: its
    // columns, if any, come from the text's alignment below.
    let (mut tables, shaded): (Vec<RuledTable>, Vec<bool>) = ruled_tables(&page.rules)
        .into_iter()
        .filter(|t| t.cols >= 2)
        .map(|t| match shaded::columns_unruled(&t, &page.rules) {
            true => (rebuild(&t, page, spacing, EmptySlots::JoinAbove), true),
            false => (t, false),
        })
        .unzip();
    // Ruled headers over borderless rows: the rows take the header's columns.
    if !tables.is_empty() {
        let free: Vec<&Glyph> = page
            .glyphs
            .iter()
            .filter(|g| !tables.iter().any(|t| t.rect.contains(g.cx(), g.cy())))
            .collect();
        let lines = lines_of(&free, spacing);
        for (t, shaded) in tables.iter_mut().zip(shaded) {
            if let Some(longer) = extend_down(t, &lines, &page.rules, shaded) {
                *t = rebuild(&longer, page, spacing, EmptySlots::StandAlone);
            }
        }
    }
    // Columns the rules leave out, told by the text's alignment. A "table"
    // of one row whose cell edges cut through words is not one: the edges
    // of a badge or a boxed panel drawn over running text. (Taller tables
    // are left alone: a browser's glyph widths can be wrong enough to reach
    // over a real cell's edge.)
    let tables: Vec<RuledTable> = tables
        .iter()
        .map(|t| split_columns(t, &page.glyphs, spacing))
        .map(|t| split_spans(&t, &page.glyphs, spacing))
        .map(|t| split_rows(&t, &page.glyphs, spacing))
        .filter(|t| t.rows > 1 || !cuts_words(t, &page.glyphs))
        .collect();
    let mut claimed = vec![false; page.glyphs.len()];
    let mut items: Vec<PageItem> = Vec::new();
    for t in &tables {
        tracing::trace!("page {}: drawn table", page.number);
        let cell_glyphs = claim_cells(t, &page.glyphs, &mut claimed);
        // A ruled box with no text in it is decoration.
        if !cell_glyphs.iter().all(Vec::is_empty) {
            items.push(PageItem::Table(model_table(t, &cell_glyphs, page, spacing)));
        }
    }
    // A borderless table from the page before, carried on above the rest.
    let starts_with_table = tables.iter().any(|t| {
        !page
            .glyphs
            .iter()
            .any(|g| g.cy() < t.rect.y0 && g.cy() > page.height * 0.12)
    });
    if let (Some(xs), false) = (carried, starts_with_table) {
        let free: Vec<&Glyph> = unclaimed(&page.glyphs, &claimed);
        if let Some(t) = carry_over(xs, &lines_of(&free, spacing), &page.rules) {
            let t = rebuild(&t, page, spacing, EmptySlots::StandAlone);
            let t = split_columns(&t, &page.glyphs, spacing);
            tracing::trace!("page {}: table carried over from the page before", page.number);
            let cell_glyphs = claim_cells(&t, &page.glyphs, &mut claimed);
            items.push(PageItem::Table(model_table(&t, &cell_glyphs, page, spacing)));
        }
    }
    // The rest, split where it is set in columns (each column read top to
    // bottom, the left first); borderless tables found in each part.
    let free: Vec<&Glyph> = unclaimed(&page.glyphs, &claimed);
    let found: Vec<Rect> = items
        .iter()
        .filter_map(|i| match i {
            PageItem::Table(t) => Some(t.rect),
            _ => None,
        })
        .collect();
    let regions = regions(&lines_of(&free, spacing), &found);
    // Each glyph's part: 0 outside the columns, then 1 + 2r + side.
    let part: Vec<usize> = page
        .glyphs
        .iter()
        .map(|g| {
            regions
                .iter()
                .enumerate()
                .find_map(|(r, reg)| reg.side(g.cx(), g.cy()).map(|s| 1 + 2 * r + s))
                .unwrap_or(0)
        })
        .collect();
    // A table found before (ruled, or carried over) inside a column keeps
    // its place in that column.
    let mut placed: Vec<(Place, PageItem)> = items
        .into_iter()
        .map(|i| {
            let place = match &i {
                PageItem::Table(t) => regions.iter().find_map(|reg| {
                    let (cx, cy) = ((t.rect.x0 + t.rect.x1) / 2.0, (t.rect.y0 + t.rect.y1) / 2.0);
                    let inside = t.rect.x1 < reg.gutter || t.rect.x0 > reg.gutter;
                    reg.side(cx, cy)
                        .filter(|_| inside)
                        .map(|side| Place::in_column(reg, side, i.top()))
                }),
                _ => None,
            };
            (place.unwrap_or_else(|| Place::on_page(&i)), i)
        })
        .collect();
    for k in 0..1 + 2 * regions.len() {
        let in_part = |claimed: &[bool]| -> Vec<&Glyph> {
            page.glyphs
                .iter()
                .enumerate()
                .filter(|&(i, _)| !claimed[i] && part[i] == k)
                .map(|(_, g)| g)
                .collect()
        };
        let place = |item: &PageItem| match k {
            0 => Place::on_page(item),
            _ => Place::in_column(&regions[(k - 1) / 2], (k - 1) % 2, item.top()),
        };
        for t in aligned_tables(&lines_of(&in_part(&claimed), spacing), &page.rules) {
            let t = rebuild(&t, page, spacing, EmptySlots::StandAlone);
            let t = split_columns(&t, &page.glyphs, spacing);
            let t = split_rows(&t, &page.glyphs, spacing);
            tracing::trace!("page {}: table from text alignment", page.number);
            let cell_glyphs = claim_cells(&t, &page.glyphs, &mut claimed);
            let item = PageItem::Table(model_table(&t, &cell_glyphs, page, spacing));
            placed.push((place(&item), item));
        }
        for l in lines_of(&in_part(&claimed), spacing) {
            let item = PageItem::Line(l);
            placed.push((place(&item), item));
        }
    }
    // A column's text ends where the next column's starts.
    for reg in &regions {
        tracing::trace!(
            "page {}: columns split at x = {:.0} from y = {:.0} to {:.0}",
            page.number,
            reg.gutter,
            reg.top,
            reg.bottom
        );
        for side in 0..3 {
            placed.push((Place::in_column(reg, side, f64::NEG_INFINITY), PageItem::Break(reg.top)));
        }
    }
    placed.sort_by(|a, b| a.0.cmp(&b.0));
    placed.into_iter().map(|(_, i)| i).collect()
}

/// Where an item falls in reading order: by its top, or, in a stretch set
/// in columns, by the stretch's top, then its column, then its own top.
#[derive(Debug, Clone, Copy)]
struct Place {
    anchor: f64,
    column: usize,
    top: f64,
}

impl Place {
    fn on_page(item: &PageItem) -> Self {
        Place {
            anchor: item.top(),
            column: 0,
            top: item.top(),
        }
    }

    fn in_column(region: &Region, side: usize, top: f64) -> Self {
        Place {
            anchor: region.top,
            column: 1 + side,
            top,
        }
    }

    fn cmp(&self, other: &Place) -> std::cmp::Ordering {
        self.anchor
            .total_cmp(&other.anchor)
            .then(self.column.cmp(&other.column))
            .then(self.top.total_cmp(&other.top))
    }
}

/// A table's cells decided again from the page's fills and text.
fn rebuild(t: &RuledTable, page: &RawPage, spacing: Spacing, empty: EmptySlots) -> RuledTable {
    shaded::rebuild(t, &page.rules, &page.fills, &page.glyphs, spacing, empty)
}

/// Letters or digits closer than this share of their size belong to one
/// word; a cell edge between them cuts the word.
const WORD_GAP: f64 = 0.12;
/// Text set closer than this share of its size after a cell's left edge
/// has no padding there: the edge was drawn across it, not beside it.
const EDGE_PADDING: f64 = 0.12;

/// True where a cell edge of the table falls between two glyphs of one
/// word: ink on each side, on one baseline, with no gap between them.
fn cuts_words(t: &RuledTable, glyphs: &[Glyph]) -> bool {
    let mut inside: Vec<&Glyph> = glyphs.iter().filter(|g| t.rect.contains(g.cx(), g.cy())).collect();
    inside.sort_by(|a, b| a.baseline.total_cmp(&b.baseline).then(a.x0.total_cmp(&b.x0)));
    let cell_of = |g: &Glyph| t.cells.iter().position(|c| c.rect.contains(g.cx(), g.cy()));
    inside.windows(2).any(|w| {
        let (a, b) = (w[0], w[1]);
        let word_chars = !a.text.trim().is_empty() && !b.text.trim().is_empty();
        let (ca, cb) = (cell_of(a), cell_of(b));
        // A real cell's text starts clear of its left edge (its padding);
        // a glyph set hard against the edge was cut from its word.
        let hard_against_edge = cb.is_some_and(|c| b.x0 - t.cells[c].rect.x0 < EDGE_PADDING * b.size);
        word_chars
            && (a.baseline - b.baseline).abs() < 0.2 * a.size
            && b.x0 - a.x1 < WORD_GAP * a.size
            && b.x0 >= a.x0
            && ca != cb
            && hard_against_edge
    })
}

/// The glyphs in each of the table's cells, marked claimed so no other
/// table or line takes them.
fn claim_cells<'a>(t: &RuledTable, glyphs: &'a [Glyph], claimed: &mut [bool]) -> Vec<Vec<&'a Glyph>> {
    let mut cell_glyphs: Vec<Vec<&Glyph>> = vec![Vec::new(); t.cells.len()];
    for (i, g) in glyphs.iter().enumerate() {
        if claimed[i] || !t.rect.contains(g.cx(), g.cy()) {
            continue;
        }
        if let Some(c) = t.cells.iter().position(|c| c.rect.contains(g.cx(), g.cy())) {
            cell_glyphs[c].push(g);
            claimed[i] = true;
        }
    }
    cell_glyphs
}

fn unclaimed<'a>(glyphs: &'a [Glyph], claimed: &[bool]) -> Vec<&'a Glyph> {
    glyphs
        .iter()
        .zip(claimed)
        .filter(|(_, c)| !**c)
        .map(|(g, _)| g)
        .collect()
}

fn model_table(t: &RuledTable, cell_glyphs: &[Vec<&Glyph>], raw: &RawPage, spacing: Spacing) -> PageTable {
    let (page, page_height) = (raw.number, raw.height);
    tracing::trace!(
        "page {page}: table {}x{} at ({:.0}, {:.0})-({:.0}, {:.0})",
        t.rows,
        t.cols,
        t.rect.x0,
        t.rect.y0,
        t.rect.x1,
        t.rect.y1
    );
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
            fill: fill_at(
                &raw.fills,
                (cell.rect.x0 + cell.rect.x1) / 2.0,
                (cell.rect.y0 + cell.rect.y1) / 2.0,
            ),
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

#[cfg(test)]
mod tests {
    use super::super::collect::Rule;
    use super::*;

    /// A horizontal rule across the table at `y`.
    fn rule(y: f64) -> Rule {
        Rule {
            horizontal: true,
            at: y,
            from: 40.0,
            to: 320.0,
            shade: false,
        }
    }

    #[test]
    fn rows_of_figures_between_group_rules_are_one_row_per_line() {
        // A statistics table drawn with horizontal rules only: above and
        // under the header, between groups of variables, at the bottom.
        let mut page = RawPage::default();
        (page.number, page.width, page.height) = (1, 400.0, 600.0);
        let lines = [
            (100.0, ["Variable", "Mean", "Min"]),
            (130.0, ["Age", "50.8", "21"]),
            (142.0, ["Men", "0.47", "0"]),
            (154.0, ["Rural", "0.15", "0"]),
            (180.0, ["Married", "0.57", "0"]),
            (192.0, ["Single", "0.21", "0"]),
            (204.0, ["Widowed", "0.08", "0"]),
        ];
        for (y, cells) in lines {
            for (x, text) in [50.0, 200.0, 280.0].into_iter().zip(cells) {
                page.glyphs.extend(Glyph::run(text, x, y, 10.0));
            }
        }
        page.rules = [88.0, 112.0, 166.0, 214.0].into_iter().map(rule).collect();
        let tables: Vec<PageTable> = layout_page(&page, None)
            .into_iter()
            .filter_map(|i| match i {
                PageItem::Table(t) => Some(t),
                _ => None,
            })
            .collect();
        assert_eq!(tables.len(), 1);
        let rows: Vec<String> = tables[0]
            .table
            .rows
            .iter()
            .map(|r| r.cells.iter().map(Cell::text).collect::<Vec<_>>().join("|"))
            .collect();
        assert_eq!(rows.len(), 7, "{rows:?}");
        assert_eq!(rows[2], "Men|0.47|0");
    }
}
