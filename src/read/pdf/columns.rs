//! Running text set in columns: a newsletter's two columns under a
//! full-width masthead, read each column top to bottom, the left first.
//!
//! As pdfminer's and poppler's layout analysis do, a column boundary is a
//! vertical strip of white space (a gutter) that no line of a stretch of
//! the page crosses. Tables have gutters too, so only prose is split: a
//! stretch counts as columns where each side of the gutter holds one
//! column of text (at most one piece per line on each side, not a table's
//! several cells) and most of its pieces read as running text (several
//! words each), on enough lines on both sides to be a column rather than a
//! label beside a value.
//!
//! - [x] Two columns over part of a page (title, masthead or footer across
//!   the full width above or below).
//! - [x] A box (a shaded sidebar) inside a column stays in that column.
//! - [ ] Three or more columns: each side must be a single column, so a
//!   page of three is left as it was.

use super::aligned::chunks;
use super::grid::Rect;
use super::gutters::gutter_middles;
use super::layout::Line;

/// Fewest lines with text on each side of a gutter for a stretch to be
/// read as columns.
const MIN_COLUMN_LINES: usize = 4;
/// Narrowest white strip between columns, in font sizes.
const MIN_GUTTER: f64 = 1.0;
/// Words a piece of text needs to read as running text rather than a
/// table cell's label or figure.
const PROSE_WORDS: usize = 4;
/// Lines that may cross a candidate gutter whatever the page's length (a
/// masthead and a title over both columns); a tenth of the lines where
/// that is more. The stretch read as columns excludes them.
const MAX_CROSSING_FLOOR: usize = 2;
/// Share of a side's pieces that must read as running text.
const PROSE_SHARE: f64 = 0.5;
/// Share of a side's lines that may break into more than one piece (a
/// label and its value): more, and the side is a table's columns.
const MULTI_PIECE_SHARE: f64 = 0.2;

/// A stretch of the page read as two columns: the text above `top` and
/// below `bottom` is not in it; inside it, the left column (left of
/// `gutter`) is read before the right.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Region {
    /// The middle of the white strip between the columns.
    pub gutter: f64,
    /// Top of the stretch's first line.
    pub top: f64,
    /// Bottom of its last line.
    pub bottom: f64,
}

impl Region {
    /// Which side of the region a point is on: Some(0) left, Some(1)
    /// right, None outside the region.
    pub fn side(&self, x: f64, y: f64) -> Option<usize> {
        (y >= self.top && y <= self.bottom).then_some(usize::from(x >= self.gutter))
    }
}

/// The stretches of `lines` (top to bottom) set in two columns of running
/// text, top to bottom, none overlapping. `barriers` are the outlines of
/// tables already taken from the page: one across a gutter divides the
/// stretch there.
pub fn regions(lines: &[Line], barriers: &[Rect]) -> Vec<Region> {
    let pieces: Vec<Vec<(f64, f64, String)>> = lines.iter().map(chunks).collect();
    let mut sizes: Vec<f64> = lines.iter().map(|l| l.size).collect();
    sizes.sort_by(f64::total_cmp);
    let Some(&size) = sizes.get(sizes.len() / 2) else {
        return Vec::new();
    };
    // Candidate gutters: white strips that few lines cross (a masthead, a
    // title over both columns). Columns whose lines do not share baselines
    // are lines of one piece each, so every line counts.
    if pieces.iter().filter(|p| !p.is_empty()).count() < 2 * MIN_COLUMN_LINES {
        return Vec::new();
    }
    let spans = pieces.iter().flat_map(|p| p.iter().map(|c| (c.0, c.1)));
    let crossing = (lines.len() / 10).max(MAX_CROSSING_FLOOR);
    let candidates = gutter_middles(spans, crossing, MIN_GUTTER * size);
    tracing::trace!("column gutter candidates {candidates:?} among {} lines", lines.len());
    let mut found: Vec<(usize, usize, f64)> = Vec::new();
    for x in candidates {
        let crosses = |p: &Vec<(f64, f64, String)>| p.iter().any(|c| c.0 < x - 1.0 && c.1 > x + 1.0);
        let mut start = 0;
        while start < pieces.len() {
            if crosses(&pieces[start]) {
                start += 1;
                continue;
            }
            // A table already found across the gutter (drawn across both
            // columns) ends the stretch as a line across it would.
            let barrier_before = |i: usize| {
                barriers.iter().any(|b| {
                    let mid = (b.y0 + b.y1) / 2.0;
                    b.x0 < x - 1.0 && b.x1 > x + 1.0 && mid > lines[i - 1].top && mid < lines[i].top
                })
            };
            let end = (start + 1..pieces.len())
                .find(|&i| crosses(&pieces[i]) || barrier_before(i))
                .unwrap_or(pieces.len());
            if is_columns(&pieces[start..end], x) {
                found.push((start, end, x));
            } else {
                tracing::trace!("no columns at x = {x:.0} over lines {start}..{end}");
            }
            start = end;
        }
    }
    // The longest stretches first; one that overlaps a longer one goes.
    found.sort_by_key(|f| std::cmp::Reverse(f.1 - f.0));
    let mut kept: Vec<(usize, usize, f64)> = Vec::new();
    for f in found {
        if !kept.iter().any(|k| f.0 < k.1 && k.0 < f.1) {
            kept.push(f);
        }
    }
    kept.sort_by_key(|k| k.0);
    kept.into_iter()
        .map(|(start, end, gutter)| Region {
            gutter,
            top: lines[start].top - 0.5,
            bottom: lines[end - 1].bottom + 0.5,
        })
        .collect()
}

/// True where the lines' pieces, split at `x`, are one column of running
/// text on each side.
fn is_columns(lines: &[Vec<(f64, f64, String)>], x: f64) -> bool {
    (0..2).all(|side| {
        let on_side = |c: &&(f64, f64, String)| (c.0 >= x) == (side == 1);
        let per_line: Vec<Vec<&(f64, f64, String)>> = lines
            .iter()
            .map(|p| p.iter().filter(on_side).collect::<Vec<_>>())
            .filter(|p| !p.is_empty())
            .collect();
        let all: Vec<&&(f64, f64, String)> = per_line.iter().flatten().collect();
        let prose = all
            .iter()
            .filter(|c| c.2.split_whitespace().count() >= PROSE_WORDS)
            .count();
        let split = per_line.iter().filter(|p| p.len() > 1).count();
        per_line.len() >= MIN_COLUMN_LINES
            && prose as f64 >= PROSE_SHARE * all.len() as f64
            && (split as f64) <= MULTI_PIECE_SHARE * per_line.len() as f64
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::pdf::collect::Glyph;
    use crate::read::pdf::layout::{lines_of, Spacing};

    /// Glyphs for `text` from `x` on the baseline `y`, 10 pt, 5 pt a letter.
    fn glyphs(text: &str, x: f64, y: f64) -> Vec<Glyph> {
        Glyph::run(text, x, y, 10.0)
    }

    fn lines(rows: &[(&str, &str)]) -> Vec<Line> {
        let mut all = glyphs(
            "A masthead that runs across the whole width of the page here",
            40.0,
            20.0,
        );
        for (i, (left, right)) in rows.iter().enumerate() {
            let y = 40.0 + 12.0 * i as f64;
            all.extend(glyphs(left, 40.0, y));
            all.extend(glyphs(right, 300.0, y));
        }
        let refs: Vec<&Glyph> = all.iter().collect();
        lines_of(&refs, Spacing::of(&all))
    }

    #[test]
    fn two_columns_of_prose_are_a_region_below_the_masthead() {
        let rows = [("We will agree a new plan with", "We will set up a place board"); 8];
        let found = regions(&lines(&rows), &[]);
        assert_eq!(found.len(), 1, "{found:?}");
        let r = found[0];
        assert!(r.gutter > 40.0 + 5.0 * 29.0 && r.gutter < 300.0, "{r:?}");
        assert!(r.top > 30.0, "the masthead is outside: {r:?}");
        assert_eq!(r.side(50.0, 50.0), Some(0));
        assert_eq!(r.side(310.0, 50.0), Some(1));
        assert_eq!(r.side(310.0, 15.0), None);
    }

    #[test]
    fn a_table_across_the_gutter_divides_the_columns() {
        let rows = [("We will agree a new plan with", "We will set up a place board"); 10];
        let lines = lines(&rows);
        // A drawn table across both columns between the fifth and sixth rows.
        let mid = (lines[5].bottom + lines[6].top) / 2.0;
        let table = Rect {
            x0: 40.0,
            y0: mid - 1.0,
            x1: 450.0,
            y1: mid + 1.0,
        };
        let found = regions(&lines, &[table]);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].bottom < mid && found[1].top > mid, "{found:?}");
    }

    #[test]
    fn a_table_of_short_cells_is_not_columns() {
        let rows = [("Improve the website", "Director of Digital"); 8];
        assert!(regions(&lines(&rows), &[]).is_empty());
    }

    #[test]
    fn too_few_lines_are_not_columns() {
        let rows = [("We will agree a new plan with", "We will set up a place board"); 2];
        assert!(regions(&lines(&rows), &[]).is_empty());
    }
}
