//! Grid tables drawn with characters in a PDF: plain text with `+---+`
//! rules and `|` bars printed in a monospaced font (a text file sent to a
//! printer, a terminal report). The page draws no ruling lines, so the
//! table finders see only text, and the bars would become cell text.
//!
//! Each line of glyphs is put back into its character columns (the glyph
//! pitch of a rule line gives the column width) and the run of lines from
//! a rule on is read by the one grid parser, [`crate::read::char_grid`].
//! The glyphs of a table found are taken off the page before its layout.

use super::collect::{Glyph, RawPage};
use super::grid::Rect;
use super::page::{PageItem, PageTable};
use crate::read::char_grid;

/// Glyphs whose baselines differ by less than this share of their size
/// are on one line.
const SAME_LINE: f64 = 0.3;
/// Glyph advances of a monospaced rule line differ by less than this share.
const PITCH_SPREAD: f64 = 0.05;
/// A glyph is in a character column when its left edge is within this
/// share of the pitch of the column's position.
const COLUMN_SLACK: f64 = 0.3;
/// Lines whose top is below this share of the page height are in the
/// footer band (page numbers): a grid reaching it is cut by the page end.
const FOOT_BAND: f64 = 0.92;

/// The page's glyphs as lines, top to bottom: glyph indexes, left to right.
fn glyph_lines(glyphs: &[Glyph]) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..glyphs.len()).collect();
    order.sort_by(|&a, &b| glyphs[a].baseline.total_cmp(&glyphs[b].baseline));
    let mut lines: Vec<Vec<usize>> = Vec::new();
    for i in order {
        let g = &glyphs[i];
        match lines.last_mut() {
            Some(l) if (glyphs[l[0]].baseline - g.baseline).abs() < SAME_LINE * g.size.max(1.0) => l.push(i),
            _ => lines.push(vec![i]),
        }
    }
    for l in &mut lines {
        l.sort_by(|&a, &b| glyphs[a].x0.total_cmp(&glyphs[b].x0));
    }
    lines
}

/// The text of a line of glyphs, spaces left out.
fn ink(glyphs: &[Glyph], line: &[usize]) -> String {
    line.iter().map(|&i| glyphs[i].text.trim()).collect()
}

/// Left edge and pitch of a rule line set in a monospaced font: its glyphs
/// `+`, `-`, `=` side by side at one advance.
fn rule_pitch(glyphs: &[Glyph], line: &[usize]) -> Option<(f64, f64)> {
    let text = ink(glyphs, line);
    if text.chars().count() != line.len() || !char_grid::is_rule(&text) {
        return None;
    }
    let first = &glyphs[line[0]];
    let last = &glyphs[*line.last()?];
    let pitch = (last.x0 - first.x0) / (line.len() - 1) as f64;
    let even = line
        .windows(2)
        .all(|w| ((glyphs[w[1]].x0 - glyphs[w[0]].x0) - pitch).abs() <= PITCH_SPREAD * pitch);
    (pitch > 0.0 && even).then_some((first.x0, pitch))
}

/// A line put back into character columns from `left` at `pitch`; None
/// where a glyph falls between columns or left of the grid.
fn in_columns(glyphs: &[Glyph], line: &[usize], left: f64, pitch: f64) -> Option<String> {
    let mut chars: Vec<char> = Vec::new();
    for &i in line {
        let g = &glyphs[i];
        let at = (g.x0 - left) / pitch;
        let col = at.round();
        if col < 0.0 || (at - col).abs() > COLUMN_SLACK {
            return None;
        }
        let col = col as usize;
        if chars.len() <= col {
            chars.resize(col + 1, ' ');
        }
        chars[col] = g.text.chars().next().unwrap_or(' ');
    }
    Some(chars.into_iter().collect())
}

/// True for a line of glyphs that opens and closes with a bar: a row of a
/// grid, perhaps carried on from the page before.
fn is_bar_line(glyphs: &[Glyph], line: &[usize]) -> bool {
    let text = ink(glyphs, line);
    text.len() > 2 && text.starts_with('|') && text.ends_with('|')
}

/// Takes the character-drawn grid tables off a page: the page without
/// their glyphs, and the tables. A grid cut by a page break is read in
/// its parts (rows at the top of a page take the columns of the first rule
/// under them; a row the page ends inside is kept); a rule line left alone
/// by the break is a drawn line, not text, and is taken off too. None where
/// the page has no grid.
pub fn take_grids(page: &RawPage) -> Option<(RawPage, Vec<PageTable>)> {
    let glyphs = &page.glyphs;
    let lines = glyph_lines(glyphs);
    // Lines above the footer band: a grid running into it ends with the page.
    let body = lines
        .iter()
        .position(|l| glyphs[l[0]].top() > FOOT_BAND * page.height)
        .unwrap_or(lines.len());
    let mut taken = vec![false; glyphs.len()];
    let mut tables = Vec::new();
    let mut k = 0;
    while k < body {
        let (left, pitch, edges) = if let Some((left, pitch)) = rule_pitch(glyphs, &lines[k]) {
            (left, pitch, None)
        } else if tables.is_empty() && is_bar_line(glyphs, &lines[k]) {
            let below = lines[k + 1..body]
                .iter()
                .take_while(|l| is_bar_line(glyphs, l) || rule_pitch(glyphs, l).is_some())
                .find_map(|l| rule_pitch(glyphs, l).map(|lp| (lp, l)));
            match below {
                Some(((left, pitch), rule)) => {
                    let edges = in_columns(glyphs, rule, left, pitch).map(|t| char_grid::rule_edges(&t));
                    (left, pitch, edges)
                }
                None => {
                    k += 1;
                    continue;
                }
            }
        } else {
            k += 1;
            continue;
        };
        let texts: Vec<String> = lines[k..body]
            .iter()
            .map_while(|l| in_columns(glyphs, l, left, pitch))
            .collect();
        let Some((mut table, used)) = char_grid::parse_cut(&texts, edges.as_deref(), true) else {
            k += 1;
            continue;
        };
        let mine: Vec<usize> = lines[k..k + used].iter().flatten().copied().collect();
        for &i in &mine {
            taken[i] = true;
        }
        table.page = Some(page.number);
        for r in &mut table.rows {
            r.page = Some(page.number);
        }
        let edges = edges.unwrap_or_else(|| char_grid::rule_edges(&texts[0]));
        let rect = Rect {
            x0: mine.iter().map(|&i| glyphs[i].x0).fold(f64::MAX, f64::min),
            y0: mine.iter().map(|&i| glyphs[i].top()).fold(f64::MAX, f64::min),
            x1: mine.iter().map(|&i| glyphs[i].x1).fold(f64::MIN, f64::max),
            y1: mine.iter().map(|&i| glyphs[i].bottom()).fold(f64::MIN, f64::max),
        };
        tables.push(PageTable {
            page: page.number,
            rect,
            page_height: page.height,
            cols: edges.len().saturating_sub(1),
            col_edges: edges.iter().map(|&c| left + (c as f64 + 0.5) * pitch).collect(),
            table,
        });
        k += used;
    }
    // Rule lines no table took: a grid's closing rule carried over a break.
    let mut strays = false;
    for l in &lines {
        if !taken[l[0]] && rule_pitch(glyphs, l).is_some() {
            strays = true;
            for &i in l {
                taken[i] = true;
            }
        }
    }
    if tables.is_empty() && !strays {
        return None;
    }
    let mut rest = page.clone();
    rest.glyphs = glyphs
        .iter()
        .zip(&taken)
        .filter(|(_, t)| !**t)
        .map(|(g, _)| g.clone())
        .collect();
    Some((rest, tables))
}

/// Puts tables taken off a page back among the page's other items, each
/// before the first item that starts below its top.
pub fn place(items: &mut Vec<PageItem>, tables: Vec<PageTable>) {
    for t in tables {
        let top = t.rect.y0;
        let at = items.iter().position(|i| i.top() > top).unwrap_or(items.len());
        items.insert(at, PageItem::Table(t));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lines: &[&str], size: f64) -> RawPage {
        let glyphs = lines
            .iter()
            .enumerate()
            .flat_map(|(k, l)| Glyph::run(l, 40.0, 100.0 + k as f64 * size * 1.2, size))
            .filter(|g| g.text != " ")
            .collect();
        let mut p = RawPage::default();
        p.number = 1;
        p.width = 600.0;
        p.height = 800.0;
        p.glyphs = glyphs;
        p
    }

    #[test]
    fn grids_printed_in_a_monospaced_font() {
        // (lines, tables found, rows of the first, glyphs left on the page)
        let cases: Vec<(Vec<&str>, usize, usize, usize)> = vec![
            (
                vec![
                    "Plan",
                    "+-----+----------+",
                    "| Ref | Action   |",
                    "+=====+==========+",
                    "| 1.1 | Do it    |",
                    "|     | soon.    |",
                    "+-----+----------+",
                    "After",
                ],
                1,
                2,
                9,
            ),
            // Bars in prose, a line of dashes: no grid, nothing taken.
            (vec!["Owners: HR | Finance", "----------", "text"], 0, 0, 30),
        ];
        for (lines, found, rows, left) in cases {
            let p = page(&lines, 8.0);
            match take_grids(&p) {
                Some((rest, tables)) => {
                    assert_eq!(tables.len(), found, "{lines:?}");
                    assert_eq!(tables[0].table.rows.len(), rows, "{lines:?}");
                    assert!(tables[0].table.rows[0].header);
                    assert_eq!(tables[0].table.rows[1].cells[1].text(), "Do it soon.");
                    assert_eq!(rest.glyphs.len(), left, "{lines:?}");
                }
                None => assert_eq!(found, 0, "{lines:?}"),
            }
        }
    }
}
