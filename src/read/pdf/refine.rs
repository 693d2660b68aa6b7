//! Columns a ruled table does not rule: text aligned in sub-columns inside
//! one ruled column (a table with only its outer frame and a few rules, the
//! rest told by alignment) is split at the gutters its rows share.

use super::collect::Glyph;
use super::grid::{GridCell, Rect, RuledTable};
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
        // Running prose whose word gaps happen to line up is not split:
        // a lower-case word on both sides of the gap is a sentence.
        let prose = lines.iter().any(|l| {
            let left = l.words.iter().rev().find(|w| w.x1 < g);
            let right = l.words.iter().find(|w| w.x0 > g);
            matches!((left, right), (Some(a), Some(b)) if is_word(&a.text) && is_word(&b.text))
        });
        both >= 2 && both * 3 >= lines.len() && !prose
    });
    out
}

/// A lower-case word, as prose runs.
fn is_word(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
        && text.chars().all(|c| c.is_alphabetic() || ",.;:'’-".contains(c))
}

/// The table with each ruled column split where its cells' text lines up
/// in columns of its own.
pub fn split_columns(t: &RuledTable, glyphs: &[Glyph], spacing: Spacing) -> RuledTable {
    let mut xs: Vec<f64> = t.cells.iter().flat_map(|c| [c.rect.x0, c.rect.x1]).collect();
    xs.sort_by(f64::total_cmp);
    xs.dedup_by(|a, b| (*a - *b).abs() < 1.0);
    if xs.len() != t.cols + 1 {
        return t.clone();
    }
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
