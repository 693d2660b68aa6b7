//! Tables drawn with characters: pandoc-style "grid tables".
//!
//! ```text
//! +------+-----------------+
//! | Ref  | Action          |
//! +======+=================+
//! | 1.1  | Prepare a plan  |
//! |      | with partners.  |
//! +------+-----------------+
//! ```
//!
//! Plain-text exports and text printed to PDF in a monospaced font draw
//! tables this way. Read here:
//! - columns from the `+` positions of the rule lines;
//! - one row per stretch of `|` lines between two rules, the lines of each
//!   cell joined into one paragraph (a blank line or a bullet starts a new one);
//! - the rows above a `+====+` rule are the header;
//! - a cell spanning columns, where its lines have no `|` at a column's edge.
//!
//! Pandoc "simple tables" (a header line over runs of dashes, a row per
//! line) are read by [`parse_simple`]. Not read: pandoc multiline tables,
//! row spans, and grid rows not closed by a rule (those lines are left
//! as text). One parser for every reader that hands over lines of text set
//! in character columns: the text reader, and the PDF reader for lines of a
//! monospaced font placed back into their columns.

use crate::model::{collapse_ws, Block, Cell, Row, Table};

/// True for a grid table's rule line: `+---+---+` (or `+===+`, `:` for
/// alignment), at least two columns, nothing else on the line but spaces.
pub fn is_rule(line: &str) -> bool {
    rule_columns(&line.chars().collect::<Vec<_>>()).is_some_and(|p| p.len() >= 3)
}

/// The character positions of a rule line's `+` signs: the grid's column
/// edges, for a reader that places the table on a page. Empty where the
/// line is no rule.
pub fn rule_edges(line: &str) -> Vec<usize> {
    rule_columns(&line.chars().collect::<Vec<_>>()).unwrap_or_default()
}

/// The character positions of a rule line's `+` signs; None if the line
/// is not a rule.
fn rule_columns(line: &[char]) -> Option<Vec<usize>> {
    let end = line.iter().rposition(|c| !c.is_whitespace())? + 1;
    let start = line.iter().position(|c| !c.is_whitespace())?;
    if line[start] != '+' || line[end - 1] != '+' || end - start < 3 {
        return None;
    }
    let mut plus = Vec::new();
    let mut prev_plus = false;
    for (i, &c) in line.iter().enumerate().take(end).skip(start) {
        match c {
            '+' if !prev_plus || i == start => {
                plus.push(i);
                prev_plus = true;
            }
            '-' | '=' | ':' => prev_plus = false,
            _ => return None,
        }
    }
    // `++` is no column; the last `+` closes the last one.
    (plus.len() >= 2 && *plus.last()? == end - 1).then_some(plus)
}

fn is_header_rule(line: &[char]) -> bool {
    line.contains(&'=')
}

/// True for a content line of a grid whose column edges are `edges`: a `|`
/// at the first and the last edge.
fn is_content(line: &[char], edges: &[usize]) -> bool {
    let (Some(&first), Some(&last)) = (edges.first(), edges.last()) else {
        return false;
    };
    line.get(first) == Some(&'|')
        && line.get(last) == Some(&'|')
        && line[..first].iter().all(|c| c.is_whitespace())
        && line[last + 1..].iter().all(|c| c.is_whitespace())
}

/// Reads the grid table whose first rule line is `lines[0]`: the table
/// and how many lines it takes (through its closing rule). None where the
/// first line is no rule, or no row is closed by a rule.
pub fn parse<S: AsRef<str>>(lines: &[S]) -> Option<(Table, usize)> {
    parse_cut(lines, None, false)
}

/// Reads a grid table a page break may cut: with `edges` (the `+`
/// positions of the part before the break) the lines may open with rows
/// and no rule; with `open_end` a last row the lines end inside (the break
/// comes before its closing rule) is kept. The table and the lines taken.
pub fn parse_cut<S: AsRef<str>>(lines: &[S], edges: Option<&[usize]>, open_end: bool) -> Option<(Table, usize)> {
    let chars: Vec<Vec<char>> = lines.iter().map(|l| l.as_ref().chars().collect()).collect();
    let edges = match edges {
        Some(e) => e.to_vec(),
        None => rule_columns(chars.first()?)?,
    };
    if edges.len() < 3 {
        return None;
    }
    let mut rows: Vec<Row> = Vec::new();
    let mut pending: Vec<&[char]> = Vec::new();
    let mut header_rows = None;
    let mut used = 0;
    let mut ended = true;
    for (i, line) in chars.iter().enumerate() {
        if let Some(plus) = rule_columns(line) {
            // A rule of another table (or a different grid) ends this one.
            if plus.first() != edges.first() || plus.last() != edges.last() {
                ended = false;
                break;
            }
            if pending.is_empty() && i > 0 {
                ended = false;
                break;
            }
            if !pending.is_empty() {
                rows.push(row_of(&pending, &edges));
                pending.clear();
            }
            if is_header_rule(line) && header_rows.is_none() {
                header_rows = Some(rows.len());
            }
            used = i + 1;
        } else if is_content(line, &edges) {
            pending.push(line);
        } else {
            ended = false;
            break;
        }
    }
    if open_end && ended && !pending.is_empty() {
        rows.push(row_of(&pending, &edges));
        used = chars.len();
    }
    if rows.is_empty() {
        return None;
    }
    if let Some(n) = header_rows {
        for r in rows.iter_mut().take(n) {
            r.header = true;
        }
    }
    Some((Table { rows, page: None }, used))
}

/// The column extents (first and last character position) of a simple
/// table's dashed line: two or more runs of `-` parted by spaces and
/// nothing else on the line. None for anything else (one run: a heading's
/// underline).
fn dash_columns(line: &[char]) -> Option<Vec<(usize, usize)>> {
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (i, &c) in line.iter().enumerate() {
        match c {
            '-' => match runs.last_mut() {
                Some(r) if r.1 + 1 == i => r.1 = i,
                _ => runs.push((i, i)),
            },
            c if c.is_whitespace() => {}
            _ => return None,
        }
    }
    (runs.len() >= 2 && runs.iter().all(|r| r.1 - r.0 >= 2)).then_some(runs)
}

/// Reads a pandoc "simple table" whose header line is `lines[0]`: the
/// columns are the runs of dashes on the line under it, each header word
/// must stand over a run, and each following line is a row, its cells cut
/// where the columns meet, up to a blank line or a dashed line. The table
/// and how many lines it takes; None where the lines are no such table or
/// it has no row.
///
/// ```text
/// Ref    Action                  Owner
/// ----   ---------------------   ------------
/// 1.1    Prepare a prospectus    Head of HR
/// ```
pub fn parse_simple<S: AsRef<str>>(lines: &[S]) -> Option<(Table, usize)> {
    let chars: Vec<Vec<char>> = lines.iter().take(1000).map(|l| l.as_ref().chars().collect()).collect();
    let header = chars.first()?;
    let runs = dash_columns(chars.get(1)?)?;
    let over_a_run = |i: usize| runs.iter().any(|r| (r.0..=r.1).contains(&i));
    if header.iter().all(|c| c.is_whitespace())
        || header
            .iter()
            .enumerate()
            .any(|(i, c)| !c.is_whitespace() && !over_a_run(i))
    {
        return None;
    }
    // Cells from after the run before to the end of their own run; the
    // last to the end of the line.
    let cut = |line: &[char]| -> Vec<Cell> {
        (0..runs.len())
            .map(|k| {
                let from = if k == 0 { 0 } else { runs[k - 1].1 + 1 };
                let to = if k + 1 == runs.len() { line.len() } else { runs[k].1 + 1 };
                let text: String = line
                    .get(from.min(line.len())..to.min(line.len()))
                    .unwrap_or(&[])
                    .iter()
                    .collect();
                Cell::from_text(&text)
            })
            .collect()
    };
    let mut rows = vec![Row {
        cells: cut(header),
        header: true,
        page: None,
    }];
    let mut used = 2;
    for line in &chars[2..] {
        if line.iter().all(|c| c.is_whitespace()) || dash_columns(line).is_some() {
            break;
        }
        rows.push(Row {
            cells: cut(line),
            header: false,
            page: None,
        });
        used += 1;
    }
    (rows.len() > 1).then_some((Table { rows, page: None }, used))
}

/// One row from its lines: cells between the edges every line marks with
/// a `|` (an edge some line crosses is inside a spanning cell).
fn row_of(lines: &[&[char]], edges: &[usize]) -> Row {
    let kept: Vec<usize> = edges
        .iter()
        .copied()
        .enumerate()
        .filter(|&(k, e)| k == 0 || k + 1 == edges.len() || lines.iter().all(|l| l.get(e) == Some(&'|')))
        .map(|(k, _)| k)
        .collect();
    let cells = kept
        .windows(2)
        .map(|w| {
            let (from, to) = (edges[w[0]] + 1, edges[w[1]]);
            let texts: Vec<String> = lines
                .iter()
                .map(|l| l.get(from..to.min(l.len())).unwrap_or(&[]).iter().collect::<String>())
                .collect();
            Cell {
                blocks: cell_blocks(&texts),
                col_span: w[1] - w[0],
                ..Cell::default()
            }
        })
        .collect();
    Row {
        cells,
        header: false,
        page: None,
    }
}

/// A bullet that opens a new item inside a cell.
fn bullet(line: &str) -> Option<&str> {
    ["- ", "* ", "• ", "+ "].iter().find_map(|b| line.strip_prefix(b))
}

/// A cell's lines as blocks: wrapped lines joined into one paragraph, a
/// blank line ending it, bullet lines as list items (their wrapped lines
/// joined to them) unless they carry a paragraph on.
fn cell_blocks(lines: &[String]) -> Vec<Block> {
    let mut blocks: Vec<Block> = Vec::new();
    let mut open = false;
    for line in lines {
        let t = line.trim();
        if t.is_empty() {
            open = false;
            continue;
        }
        // As in markdown, a bullet right under a paragraph's line carries
        // the paragraph on ("November 2025 / - July 2026").
        let in_paragraph = open && matches!(blocks.last(), Some(Block::Paragraph { .. }));
        if let Some(item) = bullet(t).filter(|_| !in_paragraph) {
            let item = collapse_ws(item);
            match blocks.last_mut() {
                Some(Block::List { items, .. }) => items.push(item),
                _ => blocks.push(Block::List {
                    ordered: false,
                    items: vec![item],
                    page: None,
                }),
            }
            open = true;
            continue;
        }
        match blocks.last_mut() {
            Some(Block::Paragraph { text, .. }) if open => {
                text.push(' ');
                text.push_str(&collapse_ws(t));
            }
            Some(Block::List { items, .. }) if open => {
                if let Some(last) = items.last_mut() {
                    last.push(' ');
                    last.push_str(&collapse_ws(t));
                }
            }
            _ => blocks.push(Block::Paragraph {
                text: collapse_ws(t),
                page: None,
            }),
        }
        open = true;
    }
    blocks
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &Table) -> Vec<Vec<String>> {
        t.rows
            .iter()
            .map(|r| r.cells.iter().map(Cell::text).collect())
            .collect()
    }

    #[test]
    fn rule_lines() {
        let cases = [
            ("+----+-----+", true),
            ("  +====+=====+  ", true),
            ("+:---+----:+", true),
            ("+----------+", false), // one column: a box round text
            ("----------", false),   // a line of dashes under a heading
            ("+ 1 + 2 = 3 +", false),
            ("| a | b |", false),
            ("+---+---", false),
        ];
        for (line, want) in cases {
            assert_eq!(is_rule(line), want, "{line}");
        }
    }

    #[test]
    fn grid_tables() {
        // (lines, rows as cell texts, header rows, lines used)
        let cases: Vec<(&str, Vec<Vec<&str>>, usize, usize)> = vec![
            // Header over a `=` rule, cells wrapped over lines.
            (
                "+-----+--------------+--------+\n\
                 | Ref | Action       | Owner  |\n\
                 +=====+==============+========+\n\
                 | 1.1 | Prepare a    | Head   |\n\
                 |     | prospectus.  | of HR  |\n\
                 +-----+--------------+--------+\n\
                 | 1.2 | Review it.   | CEx    |\n\
                 +-----+--------------+--------+\n\
                 After the table.",
                vec![
                    vec!["Ref", "Action", "Owner"],
                    vec!["1.1", "Prepare a prospectus.", "Head of HR"],
                    vec!["1.2", "Review it.", "CEx"],
                ],
                1,
                8,
            ),
            // No header rule: no header row; indented grid.
            ("  +---+---+\n  | a | b |\n  +---+---+", vec![vec!["a", "b"]], 0, 3),
            // A cell spanning two columns (no bar at the inner edge).
            (
                "+---+---+---+\n| Rec 1     |\n+---+---+---+\n| 1 | x | y |\n+---+---+---+",
                vec![vec!["Rec 1"], vec!["1", "x", "y"]],
                0,
                5,
            ),
            // Bullets inside a cell stay items; a blank line ends a paragraph.
            (
                "+----+---------+\n| A  | - one   |\n|    |   more  |\n|    | - two   |\n+----+---------+",
                vec![vec!["A", "• one more • two"]],
                0,
                5,
            ),
            // A dash under a paragraph's line carries it on: a range.
            (
                "+---+----------+\n| 1 | Nov 2025 |\n|   | - July   |\n+---+----------+",
                vec![vec!["1", "Nov 2025 - July"]],
                0,
                4,
            ),
            // A row not closed by a rule is left out (its lines stay text).
            (
                "+---+---+\n| a | b |\n+---+---+\n| c | d |\nprose",
                vec![vec!["a", "b"]],
                0,
                3,
            ),
        ];
        for (text, want, headers, used) in cases {
            let lines: Vec<&str> = text.lines().collect();
            let (t, n) = parse(&lines).unwrap_or_else(|| panic!("no table in {text}"));
            assert_eq!(texts(&t), want, "{text}");
            assert_eq!(t.rows.iter().filter(|r| r.header).count(), headers, "{text}");
            assert_eq!(n, used, "{text}");
        }
        assert_eq!(parse(&lines_of("+---+---+\n+---+---+")).map(|(_, n)| n), None);
    }

    #[test]
    fn grids_cut_by_a_page_break() {
        let edges = [0, 4, 8];
        // (lines, edges of the part before, open end, rows, lines used)
        type Case<'a> = (&'a str, Option<&'a [usize]>, bool, Vec<Vec<&'a str>>, usize);
        let cases: Vec<Case> = vec![
            // Rows carried on at the top of a page, closed by a rule.
            (
                "| 2 | b |\n|   | c |\n+---+---+\ntext",
                Some(&edges),
                false,
                vec![vec!["2", "b c"]],
                3,
            ),
            // The page ends inside a row: kept only when told the lines end there.
            (
                "+---+---+\n| 1 | a |\n+---+---+\n| 2 | b |",
                None,
                true,
                vec![vec!["1", "a"], vec!["2", "b"]],
                4,
            ),
            (
                "+---+---+\n| 1 | a |\n+---+---+\n| 2 | b |",
                None,
                false,
                vec![vec!["1", "a"]],
                3,
            ),
            // Lines that stop for prose are not a page end.
            (
                "+---+---+\n| 1 | a |\n+---+---+\n| 2 | b |\nprose",
                None,
                true,
                vec![vec!["1", "a"]],
                3,
            ),
            // Without the edges, rows with no rule above are no table.
        ];
        for (text, edges, open, want, used) in cases {
            let lines = lines_of(text);
            let (t, n) = parse_cut(&lines, edges, open).unwrap_or_else(|| panic!("no table in {text}"));
            assert_eq!(texts(&t), want, "{text}");
            assert_eq!(n, used, "{text}");
        }
        assert!(parse_cut(&lines_of("| 2 | b |\n+---+---+"), None, true).is_none());
    }

    #[test]
    fn not_grids() {
        // A markdown pipe table, prose with bars, a dashed line under a heading.
        for text in [
            "| a | b |\n|---|---|\n| 1 | 2 |",
            "Owners: HR | Finance | Legal",
            "Plan\n----\ntext",
            "+---+---+\nprose | with a bar\n+---+---+",
        ] {
            let lines = lines_of(text);
            assert!(parse(&lines).is_none(), "{text}");
        }
    }

    #[test]
    fn simple_tables() {
        // (lines, rows as cell texts or none, lines used)
        type Case<'a> = (&'a str, Option<Vec<Vec<&'a str>>>, usize);
        let cases: Vec<Case> = vec![
            (
                "Ref   Action             Owner\n----  -----------------  ----------\n1.1   Prepare a plan     Head of HR\n1.2   Review it          CEx\n\nAfter.",
                Some(vec![vec!["Ref", "Action", "Owner"], vec!["1.1", "Prepare a plan", "Head of HR"], vec!["1.2", "Review it", "CEx"]]),
                4,
            ),
            // A heading underlined with one run of dashes.
            ("Action plan\n-----------\nText under it.", None, 0),
            // Header words standing between the runs: not columns.
            ("Owners and dates\n---  ---\n1   2", None, 0),
            // No row under the dashes.
            ("Ref  Action\n---  ------\n", None, 0),
            // A markdown pipe table's separator is no dashed line.
            ("| a | b |\n|---|---|\n| 1 | 2 |", None, 0),
        ];
        for (text, want, used) in cases {
            let lines = lines_of(text);
            let got = parse_simple(&lines);
            assert_eq!(
                got.as_ref().map(|(t, _)| texts(t)),
                want.map(|w| w.iter().map(|r| r.iter().map(|c| c.to_string()).collect()).collect()),
                "{text}"
            );
            if let Some((t, n)) = got {
                assert!(t.rows[0].header);
                assert_eq!(n, used, "{text}");
            }
        }
    }

    fn lines_of(text: &str) -> Vec<&str> {
        text.lines().collect()
    }
}
