//! Tables whose columns are drawn by shading alone.
//!
//! A designed table often has no line between its columns: a header band,
//! alternate rows or single cells filled, perhaps one rule under the
//! header. The fills' edges give the grid's positions, but an edge that is
//! missing says nothing where no fill was painted: two white slots side by
//! side are one cell only where a word runs across their boundary, and a
//! white slot is one cell with the slot above only where it is empty (the
//! cell above spans down into it) or its text runs on from above at the
//! line pitch. A slot boundary inside one fill is no boundary; a fill's
//! edge, or a drawn rule, always is.

use super::aligned::chunks;
use super::collect::{fill_under, Fill, Glyph, Rule};
use super::grid::{join_slots, merge, ruled_at, RuledTable};
use super::layout::{lines_of, Line, Spacing};

/// Positions closer than this, in points, are one boundary.
const SNAP: f64 = 2.0;
/// Text that starts below the line above it by less than this share of its
/// size runs on from that line (one paragraph), rather than starting anew.
const RUN_ON_GAP: f64 = 0.6;

/// True where no drawn line divides the table's columns: whatever column
/// structure it has comes from fills.
pub fn columns_unruled(t: &RuledTable, rules: &[Rule]) -> bool {
    !rules.iter().any(|r| {
        !r.horizontal
            && !r.shade
            && r.at > t.rect.x0 + SNAP
            && r.at < t.rect.x1 - SNAP
            && r.to.min(t.rect.y1) - r.from.max(t.rect.y0) > SNAP
    })
}

/// What a white slot (no fill, no rule) under another says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EmptySlots {
    /// Rows come from fills: a white slot with no text, or whose text runs
    /// on from the slot above, is part of the cell above (a white cell
    /// beside shaded cells that span rows spans them too).
    JoinAbove,
    /// Rows were told apart by the text already: a white slot is a cell of
    /// its own; only a fill over both slots joins them.
    StandAlone,
}

/// The table's cells decided again from its fills and text: where its
/// columns are drawn by shading alone, or its grid was read from the
/// text's alignment (its fills still say which slots are one cell).
pub fn rebuild(
    t: &RuledTable,
    rules: &[Rule],
    fills: &[Fill],
    glyphs: &[Glyph],
    spacing: Spacing,
    empty: EmptySlots,
) -> RuledTable {
    let xs = positions(t.cells.iter().flat_map(|c| [c.rect.x0, c.rect.x1]));
    let ys = positions(t.cells.iter().flat_map(|c| [c.rect.y0, c.rect.y1]));
    if xs.len() < 2 || ys.len() < 2 {
        return t.clone();
    }
    let (rows, cols) = (ys.len() - 1, xs.len() - 1);
    let rules = merge(rules);
    // Each slot's lines, and each row band's words, for the text's say.
    let inside: Vec<&Glyph> = glyphs.iter().filter(|g| t.rect.contains(g.cx(), g.cy())).collect();
    let slot_of = |x: f64, y: f64| {
        let c = xs.windows(2).position(|w| x >= w[0] && x < w[1])?;
        let r = ys.windows(2).position(|w| y >= w[0] && y < w[1])?;
        Some((r, c))
    };
    let mut slot_glyphs: Vec<Vec<&Glyph>> = vec![Vec::new(); rows * cols];
    let mut row_glyphs: Vec<Vec<&Glyph>> = vec![Vec::new(); rows];
    for g in &inside {
        if let Some((r, c)) = slot_of(g.cx(), g.cy()) {
            slot_glyphs[r * cols + c].push(g);
            row_glyphs[r].push(g);
        }
    }
    let slot_lines: Vec<Vec<Line>> = slot_glyphs.iter().map(|g| lines_of(g, spacing)).collect();
    let row_lines: Vec<Vec<Line>> = row_glyphs.iter().map(|g| lines_of(g, spacing)).collect();
    // Each slot's own fill, found once.
    let slot_fills: Vec<Option<&Fill>> = (0..rows * cols)
        .map(|i| {
            let (r, c) = (i / cols, i % cols);
            fill_under(fills, (xs[c] + xs[c + 1]) / 2.0, (ys[r] + ys[r + 1]) / 2.0)
        })
        .collect();
    let fill_of = |r: usize, c: usize| slot_fills[r * cols + c];
    let same_fill = |a: Option<&Fill>, b: Option<&Fill>| match (a, b) {
        (Some(a), Some(b)) => same_rect(a, b),
        _ => false,
    };
    let joined_right = |r: usize, c: usize| {
        if ruled_at(&rules, false, xs[c + 1], ys[r], ys[r + 1]) {
            return false;
        }
        if crossed(&row_lines[r], xs[c + 1]) {
            return true;
        }
        // One fill over both, one of them empty: a spanning cell's fill (a
        // heading row's band); a zebra band has text on both sides.
        let empty = |c: usize| slot_lines[r * cols + c].is_empty();
        same_fill(fill_of(r, c), fill_of(r, c + 1)) && (empty(c) || empty(c + 1))
    };
    let joined_down = |r: usize, c: usize| {
        if ruled_at(&rules, true, ys[r + 1], xs[c], xs[c + 1]) {
            return false;
        }
        let (a, b) = (fill_of(r, c), fill_of(r + 1, c));
        // One cell's fill over both (not a band across the table, a shaded
        // column or a background: those say nothing of cells).
        let cell_sized = |f: &Fill| f.x1 - f.x0 < 0.9 * (xs[cols] - xs[0]) && f.y1 - f.y0 < 0.9 * (ys[rows] - ys[0]);
        if same_fill(a, b) {
            return a.is_some_and(cell_sized);
        }
        if a.is_some() || b.is_some() || empty == EmptySlots::StandAlone {
            return false;
        }
        let (above, below) = (&slot_lines[r * cols + c], &slot_lines[(r + 1) * cols + c]);
        match (above.last(), below.first()) {
            (_, None) => true,
            (Some(u), Some(l)) => l.top - u.bottom < RUN_ON_GAP * l.size.max(u.size),
            (None, Some(_)) => false,
        }
    };
    join_slots(&xs, &ys, joined_right, joined_down)
}

fn same_rect(a: &Fill, b: &Fill) -> bool {
    (a.x0 - b.x0).abs() < 0.5 && (a.x1 - b.x1).abs() < 0.5 && (a.y0 - b.y0).abs() < 0.5 && (a.y1 - b.y1).abs() < 0.5
}

/// Distinct positions, sorted, those within [`SNAP`] taken as one.
fn positions(at: impl Iterator<Item = f64>) -> Vec<f64> {
    let mut v: Vec<f64> = at.collect();
    v.sort_by(f64::total_cmp);
    v.dedup_by(|a, b| (*a - *b).abs() < SNAP);
    v
}

/// True where text of the lines runs across `x` (a word, or words set at
/// a word space from each other: not two cells' text side by side).
fn crossed(lines: &[Line], x: f64) -> bool {
    lines
        .iter()
        .any(|l| chunks(l).iter().any(|c| c.0 < x - 1.0 && c.1 > x + 1.0))
}
