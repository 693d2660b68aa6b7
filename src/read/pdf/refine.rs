//! Columns and rows a ruled table does not rule: text aligned in
//! sub-columns inside one ruled column (a table with only its outer frame
//! and a few rules, the rest told by alignment) is split at the gutters its
//! rows share; a ruled row holding a stack of one-line records (figures
//! under column rules with no rule between rows) is split at its lines.

use super::aligned::{row_bounds, Chunked};
use super::collect::Glyph;
use super::grid::{slot_of, GridCell, Rect, RuledTable};
use super::gutters::gutter_middles;
use super::layout::{lines_of, Line, Spacing};

/// Narrowest gap between aligned words that makes a column, in font sizes:
/// figures in a table stand closer than words in prose are spaced.
const MIN_GAP: f64 = 0.3;

/// The x positions, between words, that no word crosses on any line and
/// that have words on both sides on a good share of the lines: the
/// gutters of columns aligned within the lines.
fn word_gutters(lines: &[Line]) -> Vec<f64> {
    if lines.len() < 2 {
        return Vec::new();
    }
    let size = lines.iter().map(|l| l.size).fold(0.0, f64::max).max(1.0);
    // Coverage of each x by lines' words: a gutter may be crossed by a few
    // lines (a title or a heading spanning columns), never by many.
    let spans = lines.iter().flat_map(|l| l.words.iter().map(|w| (w.x0, w.x1)));
    let mut out = gutter_middles(spans, lines.len() / 10, MIN_GAP * size);
    out.retain(|&g| {
        let both = lines
            .iter()
            .filter(|l| l.words.iter().any(|w| w.x1 < g) && l.words.iter().any(|w| w.x0 > g))
            .count();
        // Running prose whose word gaps happen to line up is not split.
        both >= 2 && both * 3 >= lines.len() && !reads_across(lines, g)
    });
    out
}

/// True where some line reads on as a sentence across `x`: a lower-case
/// word on both sides of it.
fn reads_across(lines: &[Line], x: f64) -> bool {
    lines.iter().any(|l| {
        let left = l.words.iter().rev().find(|w| w.x1 <= x);
        let right = l.words.iter().find(|w| w.x0 >= x);
        matches!((left, right), (Some(a), Some(b)) if is_word(&a.text) && is_word(&b.text))
    })
}

/// A lower-case word, as prose runs.
fn is_word(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
        && text.chars().all(|c| c.is_alphabetic() || ",.;:'’-".contains(c))
}

/// The table with each ruled column split where its cells' text lines up
/// in columns of its own.
pub fn split_columns(t: &RuledTable, glyphs: &[Glyph], spacing: Spacing) -> RuledTable {
    let Some(xs) = t.col_edges() else {
        return t.clone();
    };
    // The lines of each one-column cell, read once for finding the gutters
    // and for keeping words whole.
    let cell_lines: Vec<Vec<Line>> = t
        .cells
        .iter()
        .map(|k| {
            if k.col_span != 1 {
                return Vec::new();
            }
            let inside: Vec<&Glyph> = glyphs.iter().filter(|g| k.rect.contains(g.cx(), g.cy())).collect();
            lines_of(&inside, spacing)
        })
        .collect();
    // New boundaries inside each ruled column.
    let mut inner: Vec<Vec<f64>> = vec![Vec::new(); t.cols];
    for (c, cuts) in inner.iter_mut().enumerate() {
        let lines: Vec<Line> = t
            .cells
            .iter()
            .zip(&cell_lines)
            .filter(|(k, _)| k.col == c && k.col_span == 1)
            .flat_map(|(_, l)| l.iter().cloned())
            .collect();
        cuts.extend(
            word_gutters(&lines)
                .into_iter()
                .filter(|g| *g > xs[c] + 2.0 && *g < xs[c + 1] - 2.0),
        );
    }
    if inner.iter().all(Vec::is_empty) {
        return t.clone();
    }
    // Old column c starts at new column first[c].
    let mut first = Vec::with_capacity(t.cols + 1);
    let mut n = 0;
    for cuts in &inner {
        first.push(n);
        n += cuts.len() + 1;
    }
    first.push(n);
    let mut cells = Vec::new();
    for (k, lines) in t.cells.iter().zip(&cell_lines) {
        let (from, to) = (first[k.col], first[k.col + k.col_span]);
        if k.col_span == 1 && to - from > 1 {
            // Cuts a word of this cell runs across do not divide it: the
            // cell spans the sub-columns either side (a heading over them).
            let words: Vec<(f64, f64)> = lines
                .iter()
                .flat_map(|l| l.words.iter().map(|w| (w.x0, w.x1)))
                .collect();
            let mut edges = vec![(k.rect.x0, 0)];
            for (i, cut) in inner[k.col].iter().enumerate() {
                if !words.iter().any(|w| w.0 < *cut && w.1 > *cut) {
                    edges.push((*cut, i + 1));
                }
            }
            edges.push((k.rect.x1, to - from));
            for e in edges.windows(2) {
                cells.push(GridCell {
                    col: from + e[0].1,
                    col_span: e[1].1 - e[0].1,
                    rect: Rect {
                        x0: e[0].0,
                        x1: e[1].0,
                        ..k.rect
                    },
                    ..k.clone()
                });
            }
        } else {
            cells.push(GridCell {
                col: from,
                col_span: to - from,
                ..k.clone()
            });
        }
    }
    cells.sort_by_key(|c| (c.row, c.col));
    RuledTable {
        rect: t.rect,
        rows: t.rows,
        cols: n,
        cells,
    }
}

/// The table with each cell that spans several columns divided at the
/// column edges its text keeps clear of, where its text stands in two or
/// more of those columns: a body row ruled above and below but not between
/// its columns (only the header draws column rules) holds a value per
/// column, not one cell. A cell whose words run across the edges (a
/// heading over the columns), that fills one column only, or whose text
/// reads on as a sentence across an edge is left whole.
pub fn split_spans(t: &RuledTable, glyphs: &[Glyph], spacing: Spacing) -> RuledTable {
    let Some(xs) = t.col_edges() else {
        return t.clone();
    };
    let mut cells = Vec::with_capacity(t.cells.len());
    let mut changed = false;
    for k in &t.cells {
        let end = k.col + k.col_span;
        if k.col_span < 2 || end >= xs.len() {
            cells.push(k.clone());
            continue;
        }
        let inside: Vec<&Glyph> = glyphs.iter().filter(|g| k.rect.contains(g.cx(), g.cy())).collect();
        let lines = lines_of(&inside, spacing);
        let crossed = |x: f64| lines.iter().flat_map(|l| &l.words).any(|w| w.x0 < x && w.x1 > x);
        let mut bounds = vec![k.col];
        bounds.extend((k.col + 1..end).filter(|&e| !crossed(xs[e]) && !reads_across(&lines, xs[e])));
        bounds.push(end);
        let filled = bounds
            .windows(2)
            .filter(|b| {
                lines
                    .iter()
                    .flat_map(|l| &l.words)
                    .any(|w| (w.x0 + w.x1) / 2.0 > xs[b[0]] && (w.x0 + w.x1) / 2.0 < xs[b[1]])
            })
            .count();
        if filled < 2 {
            cells.push(k.clone());
            continue;
        }
        changed = true;
        for b in bounds.windows(2) {
            cells.push(GridCell {
                col: b[0],
                col_span: b[1] - b[0],
                rect: Rect {
                    x0: if b[0] == k.col { k.rect.x0 } else { xs[b[0]] },
                    x1: if b[1] == end { k.rect.x1 } else { xs[b[1]] },
                    ..k.rect
                },
                ..k.clone()
            });
        }
    }
    if !changed {
        return t.clone();
    }
    cells.sort_by_key(|c| (c.row, c.col));
    RuledTable { cells, ..t.clone() }
}

/// Fewest lines a ruled row must hold before its lines are taken for rows.
const MIN_STACK: usize = 3;

/// The table with each ruled row that holds a stack of records split into
/// one row per record: the lines of a row whose columns are ruled but whose
/// records are not, read as a borderless table's rows are (a line with
/// text in the first column and others starts a record unless its cells
/// run on from the line above). A row whose lines mostly run on (cells of
/// wrapped prose side by side) is left whole: only a row where three lines
/// in four start records, and whose pieces of text are mostly a few words
/// (figures, short labels), is a stack. A cell spanning the row (no
/// rule under it in some columns) is cut at the same places.
pub fn split_rows(t: &RuledTable, glyphs: &[Glyph], spacing: Spacing) -> RuledTable {
    let (Some(xs), Some(ys)) = (t.col_edges(), t.row_edges()) else {
        return t.clone();
    };
    if t.cols < 2 {
        return t.clone();
    }
    let cols = t.cols;
    let col_of = |x: f64| slot_of(&xs, x);
    let mut cuts: Vec<f64> = Vec::new();
    for w in ys.windows(2) {
        let (y0, y1) = (w[0], w[1]);
        let inside: Vec<&Glyph> = glyphs
            .iter()
            .filter(|g| g.cy() > y0 && g.cy() < y1 && g.cx() > xs[0] && g.cx() < xs[cols])
            .collect();
        let lines = lines_of(&inside, spacing);
        if lines.len() < MIN_STACK {
            continue;
        }
        let chunked: Vec<Chunked> = lines.iter().map(Chunked::of).collect();
        let bounds = row_bounds(1, &chunked, &[], xs[0], xs[cols], y0, y1, &col_of);
        let records = bounds.len() - 1;
        if records >= 2 && records * 4 >= lines.len() * 3 && terse(&chunked) {
            cuts.extend(&bounds[1..records]);
        }
    }
    if cuts.is_empty() {
        return t.clone();
    }
    let mut all = ys.clone();
    all.extend(&cuts);
    all.sort_by(f64::total_cmp);
    let row_at = |y: f64| all.iter().position(|a| (a - y).abs() < 1.0).unwrap_or(0);
    let mut cells = Vec::new();
    for c in &t.cells {
        let mut edges = vec![c.rect.y0];
        edges.extend(cuts.iter().filter(|y| **y > c.rect.y0 + 1.0 && **y < c.rect.y1 - 1.0));
        edges.push(c.rect.y1);
        edges.sort_by(f64::total_cmp);
        for e in edges.windows(2) {
            let (r0, r1) = (row_at(e[0]), row_at(e[1]));
            cells.push(GridCell {
                row: r0,
                row_span: r1.saturating_sub(r0).max(1),
                rect: Rect {
                    y0: e[0],
                    y1: e[1],
                    ..c.rect
                },
                ..c.clone()
            });
        }
    }
    cells.sort_by_key(|c| (c.row, c.col));
    RuledTable {
        rect: t.rect,
        rows: all.len() - 1,
        cols,
        cells,
    }
}

/// True where most pieces of text on the lines are a few words at most:
/// figures and short labels, as stacked records hold, not wrapped prose.
/// Dot leaders ("Male . . . . .") are no words.
fn terse(lines: &[Chunked]) -> bool {
    let pieces: Vec<usize> = lines
        .iter()
        .flat_map(|l| {
            l.chunks.iter().map(|c| {
                c.2.split_whitespace()
                    .filter(|w| w.chars().any(char::is_alphanumeric))
                    .count()
            })
        })
        .collect();
    let short = pieces.iter().filter(|n| **n <= 3).count();
    short * 4 >= pieces.len() * 3
}

#[cfg(test)]
mod tests {
    use super::super::grid::join_slots;
    use super::*;

    /// Glyphs for `text` from `x` on `baseline`, 10 pt, 5 pt a letter.
    fn glyphs(text: &str, x: f64, baseline: f64) -> Vec<Glyph> {
        Glyph::run(text, x, baseline, 10.0)
    }

    /// A two-column table ruled round its header and its body, the body one
    /// ruled row holding `body` lines of (left, right) text.
    fn table(body: &[(&str, &str)]) -> (RuledTable, Vec<Glyph>) {
        let bottom = 30.0 + 12.0 * body.len() as f64 + 4.0;
        let t = join_slots(&[0.0, 150.0, 300.0], &[0.0, 20.0, bottom], |_, _| false, |_, _| false);
        let mut g = glyphs("Age", 5.0, 14.0);
        g.extend(glyphs("Population", 155.0, 14.0));
        for (k, (left, right)) in body.iter().enumerate() {
            let y = 34.0 + 12.0 * k as f64;
            g.extend(glyphs(left, 5.0, y));
            g.extend(glyphs(right, 155.0, y));
        }
        (t, g)
    }

    #[test]
    fn a_ruled_row_of_stacked_figures_is_one_row_per_line() {
        let (t, g) = table(&[
            ("Under 1", "3,533"),
            ("1 year", "3,269"),
            ("2 years", "3,223"),
            ("3 years", "3,179"),
        ]);
        let split = split_rows(&t, &g, Spacing::Gaps);
        assert_eq!((split.rows, split.cols), (5, 2));
    }

    #[test]
    fn a_ruled_row_of_prose_side_by_side_stays_whole() {
        let (t, g) = table(&[
            ("Publish the plan", "The plan was drafted in"),
            ("and consult on it", "May and goes to Cabinet"),
            ("with residents", "in June for approval"),
        ]);
        assert_eq!(split_rows(&t, &g, Spacing::Gaps).rows, 2);
    }

    /// A three-column table whose header row is ruled between its columns
    /// and whose body row is one cell across them (no column rules), the
    /// body holding `pieces` of (x, text) on one line.
    fn header_ruled(pieces: &[(f64, &str)]) -> (RuledTable, Vec<Glyph>) {
        let t = join_slots(
            &[0.0, 100.0, 200.0, 300.0],
            &[0.0, 20.0, 40.0],
            |r, _| r == 1,
            |_, _| false,
        );
        let mut g = glyphs("Country", 5.0, 14.0);
        g.extend(glyphs("n", 105.0, 14.0));
        g.extend(glyphs("% Pos", 205.0, 14.0));
        for (x, text) in pieces {
            g.extend(glyphs(text, *x, 34.0));
        }
        (t, g)
    }

    #[test]
    fn a_body_cell_across_the_columns_is_split_where_its_values_stand() {
        let cases: &[(&[(f64, &str)], usize)] = &[
            // A value under each column: three cells.
            (&[(5.0, "Austria"), (105.0, "109"), (205.0, "0.9")], 3),
            // A label and one value: every clear edge divides, the middle
            // cell is empty as in a ruled row.
            (&[(5.0, "Total"), (205.0, "1.2")], 3),
            // A heading in the first column only: one cell.
            (&[(5.0, "Belgium")], 1),
            // Words running over the column edges: one cell.
            (&[(5.0, "Workstream one covering finance and all resources")], 1),
            // A sentence whose gaps fall on the edges still reads on: one cell.
            (&[(5.0, "Publish the"), (105.0, "plan and"), (205.0, "consult")], 1),
        ];
        for (pieces, want) in cases {
            let (t, g) = header_ruled(pieces);
            let split = split_spans(&t, &g, Spacing::Gaps);
            let body = split.cells.iter().filter(|c| c.row == 1).count();
            assert_eq!(body, *want, "{pieces:?}");
        }
    }
}
