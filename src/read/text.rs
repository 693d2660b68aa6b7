//! Text reader: documents already converted to text or markdown.
//!
//! Converters hand over tables in two shapes, both read here:
//! - a row per line, cells separated by tabs (or markdown pipes), a row cut
//!   by a page break continued on a following line;
//! - a cell per line, each cell's first line opening with a tab and its
//!   further lines following untabbed, rows counted off by the header's width.
//!
//! Cells may hold HTML fragments (`<p>`, `<ul>`, inline `<sup>`, `<a>`),
//! read with the HTML reader: superscript ordinals join their numbers and
//! footnote references are dropped, as in an HTML page.
//! Tables drawn with characters (`+---+` rules, `|` bars; pandoc simple
//! tables under runs of dashes) are read by [`char_grid`]. Page furniture
//! ("Page 17 of 18") is dropped.

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

use super::char_grid;
use super::html::read_html;
use crate::model::{collapse_ws, Block, Cell, Document, Row, Table};
use crate::segment::vocabulary::{header_field, Field};

static PAGE_FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:page\s+\d+\s*(?:of\s+\d+)?\b.*|-?\s*\d{1,3}\s*-?)\s*$").expect("valid regex")
});
static MARKDOWN_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s{0,3}(#{1,6})\s+(.+?)\s*#*\s*$").expect("valid regex"));
static LIST_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*(?:[-*•·➤▪◦●–]\s+|\d{1,2}[.)]\s+|[a-z][.)]\s+)(.+)$").expect("valid regex"));
static HTML_TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)</?(?:p|ul|ol|li|br|b|i|u|strong|em|span|div|sup|sub|a|font|small)\b[^>]*>").expect("valid regex")
});

/// One line of the text: borrowed from it, owned only where a markdown
/// pipe row was rewritten (a copy of every line cost more than the text).
type Line<'a> = Cow<'a, str>;

/// Reads converted text into the document model.
pub fn read_text(text: &str) -> Document {
    // Line ends as '\n'; the text is copied only when it has others.
    let text: Cow<'_, str> = if text.contains(['\r', '\u{c}']) {
        Cow::Owned(text.replace("\r\n", "\n").replace(['\r', '\u{c}'], "\n"))
    } else {
        Cow::Borrowed(text)
    };
    // Grid tables drawn with characters first: their `|` lines would read
    // as markdown pipe rows.
    let raw: Vec<&str> = text.split('\n').collect();
    let mut blocks = Vec::new();
    let mut from = 0;
    let mut i = 0;
    while i < raw.len() {
        let simple = || char_grid::parse_simple(&raw[i..]);
        if char_grid::is_rule(raw[i]) || raw.get(i + 1).is_some_and(|l| l.trim_start().starts_with("--")) {
            if let Some((table, used)) = char_grid::parse(&raw[i..]).or_else(simple) {
                blocks.extend(read_lines(&raw[from..i]));
                blocks.push(Block::Table(table));
                i += used;
                from = i;
                continue;
            }
        }
        i += 1;
    }
    blocks.extend(read_lines(&raw[from..]));
    Document {
        title: None,
        blocks,
        warnings: Vec::new(),
    }
}

/// The blocks of a stretch of lines with no character-drawn grid table.
/// A markdown pipe table (a header row, then a delimiter row) is read on
/// its own and ends at the first line that is not a pipe row – a blank
/// line or text – or at the next header and delimiter, so two tables a
/// blank line apart stay two tables.
fn read_lines(raw: &[&str]) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut from = 0;
    let mut i = 0;
    while i + 1 < raw.len() {
        if is_pipe_row(raw[i]) && is_pipe_delimiter(raw[i + 1]) {
            // A header over a delimiter row starts the next table.
            let starts_table = |j: usize| raw.get(j + 1).is_some_and(|l| is_pipe_delimiter(l));
            let end = (i + 2..raw.len())
                .find(|&j| !is_pipe_row(raw[j]) || starts_table(j))
                .unwrap_or(raw.len());
            blocks.extend(read_plain_lines(&raw[from..i]));
            let lines: Vec<Line<'_>> = raw[i..end].iter().map(|l| pipes_to_tabs(l)).collect();
            let (table, _) = row_per_line_table(&lines, 0);
            if !table.rows.is_empty() {
                blocks.push(Block::Table(table));
            }
            from = end;
            i = end;
            continue;
        }
        i += 1;
    }
    blocks.extend(read_plain_lines(&raw[from..]));
    blocks
}

/// True for a markdown pipe row: "| a | b |".
fn is_pipe_row(line: &str) -> bool {
    let t = line.trim();
    t.len() > 2 && t.starts_with('|') && t.ends_with('|')
}

/// True for a markdown delimiter row under a pipe table's header:
/// "|---|:--:|".
fn is_pipe_delimiter(line: &str) -> bool {
    is_pipe_row(line) && {
        let t = line.trim();
        t.contains('-') && t.chars().all(|c| matches!(c, '-' | ':' | '|' | ' '))
    }
}

/// The blocks of a stretch of lines with no character-drawn grid table
/// and no markdown pipe table.
fn read_plain_lines(raw: &[&str]) -> Vec<Block> {
    let lines: Vec<Line<'_>> = raw
        .iter()
        .map(|l| pipes_to_tabs(l))
        .filter(|l| !PAGE_FURNITURE.is_match(l) || l.contains('\t'))
        .collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if line.starts_with('\t') {
            if let Some((table, next)) = cell_per_line_table(&lines, i) {
                blocks.push(Block::Table(table));
                i = next;
                continue;
            }
        }
        if line.trim().is_empty() {
            i += 1;
            continue;
        }
        if line.contains('\t') {
            let (table, next) = row_per_line_table(&lines, i);
            if !table.rows.is_empty() {
                blocks.push(Block::Table(table));
            }
            i = next;
            continue;
        }
        i += 1;
        push_line_blocks(line, &mut blocks);
    }
    blocks
}

/// A markdown pipe row ("| a | b |") as a tab row; separator rows vanish.
fn pipes_to_tabs(line: &str) -> Line<'_> {
    let t = line.trim();
    if t.len() > 2 && t.starts_with('|') && t.ends_with('|') {
        let inner = &t[1..t.len() - 1];
        if inner.chars().all(|c| matches!(c, '-' | ':' | '|' | ' ')) {
            return Cow::Borrowed("");
        }
        return Cow::Owned(inner.split('|').map(str::trim).collect::<Vec<_>>().join("\t"));
    }
    Cow::Borrowed(line)
}

/// Adds the blocks of one untabled line: heading, list item or paragraph.
fn push_line_blocks(line: &str, blocks: &mut Vec<Block>) {
    if let Some(c) = MARKDOWN_HEADING.captures(line) {
        blocks.push(Block::Heading {
            level: c[1].len() as u8,
            text: collapse_ws(&strip_tags(&c[2])),
            page: None,
        });
        return;
    }
    if HTML_TAG.is_match(line) {
        blocks.extend(fragment_blocks(line));
        return;
    }
    if let Some(c) = LIST_ITEM.captures(line) {
        let item = collapse_ws(&c[1]);
        if let Some(Block::List { items, .. }) = blocks.last_mut() {
            items.push(item);
        } else {
            blocks.push(Block::List {
                ordered: false,
                items: vec![item],
                page: None,
            });
        }
        return;
    }
    let text = collapse_ws(line);
    if !text.is_empty() {
        blocks.push(Block::Paragraph { text, page: None });
    }
}

fn strip_tags(s: &str) -> String {
    HTML_TAG.replace_all(s, " ").into_owned()
}

/// Blocks of an HTML fragment, via the HTML reader.
fn fragment_blocks(html: &str) -> Vec<Block> {
    read_html(&format!("<html><body>{html}</body></html>")).blocks
}

/// A cell from its lines: HTML fragments parsed, bullets kept as list items.
fn cell_from_lines(lines: &[&str]) -> Cell {
    let mut blocks = Vec::new();
    for line in lines {
        if line.trim().is_empty() {
            continue;
        }
        if HTML_TAG.is_match(line) {
            blocks.extend(fragment_blocks(line));
        } else {
            push_line_blocks(line, &mut blocks);
        }
    }
    // A bullet that is the cell's only content reads as a paragraph.
    Cell {
        blocks,
        ..Cell::default()
    }
}

/// True where a line looks like a cell of a header row.
fn is_header_word(text: &str) -> bool {
    let t = text.trim();
    !t.is_empty() && t.chars().count() <= 60 && header_field(t).is_some_and(|f| f != Field::Number)
}

/// A cell-per-line table starting at `start`: a header of several lines
/// each opening with one tab, whose texts name known columns.
fn cell_per_line_table(lines: &[Line<'_>], start: usize) -> Option<(Table, usize)> {
    let mut header = Vec::new();
    let mut i = start;
    while i < lines.len() && lines[i].starts_with('\t') && lines[i].matches('\t').count() == 1 {
        header.push(lines[i][1..].trim().to_string());
        i += 1;
    }
    let known = header.iter().filter(|h| is_header_word(h)).count();
    if header.len() < 3 || known < 2 {
        return None;
    }
    let width = header.len();
    // Cells: a tab opens one; untabbed lines continue it.
    let mut cells: Vec<Vec<&str>> = Vec::new();
    let mut end = i;
    while end < lines.len() {
        let line: &str = &lines[end];
        if let Some(rest) = line.strip_prefix('\t') {
            if rest.contains('\t') {
                break;
            }
            cells.push(vec![rest]);
        } else if line.trim().is_empty() {
            if let Some(c) = cells.last_mut() {
                c.push("");
            }
        } else {
            // After a complete row, an untabbed line that follows a blank
            // line (or opens a heading) is past the table.
            let row_complete = cells.len().is_multiple_of(width);
            let after_blank = end > 0 && lines[end - 1].trim().is_empty();
            if cells.is_empty() || (row_complete && (after_blank || MARKDOWN_HEADING.is_match(line))) {
                break;
            }
            if let Some(c) = cells.last_mut() {
                c.push(line);
            }
        }
        end += 1;
    }
    let mut rows = vec![Row {
        cells: header.iter().map(|h| Cell::from_text(h)).collect(),
        header: true,
        page: None,
    }];
    for chunk in cells.chunks(width) {
        let mut row: Vec<Cell> = chunk.iter().map(|c| cell_from_lines(c)).collect();
        row.resize_with(width, Cell::default);
        rows.push(Row {
            cells: row,
            header: false,
            page: None,
        });
    }
    Some((Table { rows, page: None }, end))
}

/// A row-per-line table starting at `start`. Rows are tab-split lines; a
/// row shorter than the header lost its leading (spanned) cells; a row whose
/// text all starts in lower case, or that fills only the last column,
/// continues the row before it; rows of stray glyphs are dropped.
fn row_per_line_table(lines: &[Line<'_>], start: usize) -> (Table, usize) {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header_row = false;
    let mut width = 0;
    let mut i = start;
    while i < lines.len() {
        let line = &lines[i];
        if line.trim().is_empty() {
            i += 1;
            continue;
        }
        if !line.contains('\t') {
            // An untabbed line inside a table continues the last cell when it
            // reads as a continuation; otherwise the table is over.
            let t = line.trim_start();
            let continues = t.chars().next().is_some_and(char::is_lowercase);
            match rows.last_mut() {
                Some(last) if continues => {
                    if let Some(cell) = last.iter_mut().rev().find(|c| !c.trim().is_empty()) {
                        cell.push(' ');
                        cell.push_str(t);
                    }
                    i += 1;
                    continue;
                }
                _ => break,
            }
        }
        let mut cells: Vec<String> = line.split('\t').map(str::to_string).collect();
        // Trailing empty cells beyond the header's width are line noise.
        while cells.len() > width.max(1) && cells.last().is_some_and(|c| c.trim().is_empty()) {
            cells.pop();
        }
        i += 1;
        if cells
            .iter()
            .all(|c| c.trim().chars().all(|ch| matches!(ch, '-' | ':' | '=' | ' ')))
        {
            continue; // markdown separator
        }
        if rows.is_empty() {
            while cells.len() > 1 && cells.last().is_some_and(|c| c.trim().is_empty()) {
                cells.pop();
            }
            width = cells.len();
            header_row = cells.iter().filter(|c| is_header_word(c)).count() >= 2;
            rows.push(cells);
            continue;
        }
        if is_stray_glyphs(&cells) {
            continue;
        }
        if cells.len() < width {
            let mut padded = vec![String::new(); width - cells.len()];
            padded.extend(cells);
            cells = padded;
        } else if cells.len() > width && width > 0 {
            let extra = cells.split_off(width - 1).join(" ");
            cells.push(extra);
        }
        if continues_previous(&cells, width) {
            if let Some(prev) = rows.last_mut() {
                for (k, c) in cells.iter().enumerate() {
                    if !c.trim().is_empty() {
                        if prev.len() <= k {
                            prev.resize(k + 1, String::new());
                        }
                        prev[k].push(' ');
                        prev[k].push_str(c.trim());
                    }
                }
                continue;
            }
        }
        rows.push(cells);
    }
    let rows = rows
        .into_iter()
        .enumerate()
        .map(|(k, cells)| Row {
            header: k == 0 && header_row,
            cells: cells.iter().map(|c| cell_from_lines(&[c.as_str()])).collect(),
            page: None,
        })
        .collect();
    (Table { rows, page: None }, i)
}

/// A row of glyph debris from a page break: no cell with a real word.
fn is_stray_glyphs(cells: &[String]) -> bool {
    cells
        .iter()
        .all(|c| c.trim().chars().filter(|ch| ch.is_alphanumeric()).count() <= 2)
}

/// A row that carries on the row above: all its text starts in lower case,
/// or it fills only the last column.
fn continues_previous(cells: &[String], width: usize) -> bool {
    let filled: Vec<(usize, &String)> = cells.iter().enumerate().filter(|(_, c)| !c.trim().is_empty()).collect();
    if filled.is_empty() {
        return false;
    }
    let text_start_lower = |c: &str| {
        let plain = strip_tags(c);
        plain.trim_start().chars().next().is_some_and(char::is_lowercase)
    };
    filled.iter().all(|(_, c)| text_start_lower(c)) || (width > 2 && filled.iter().all(|(k, _)| *k + 1 == width))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(doc: &Document) -> &Table {
        doc.blocks
            .iter()
            .find_map(|b| match b {
                Block::Table(t) => Some(t),
                _ => None,
            })
            .expect("a table")
    }

    /// A markdown pipe table ends at the first line that is not a pipe
    /// row. Each case: the text, then the blocks as "T<rows>" for a
    /// table, "P" for any other block.
    #[test]
    fn markdown_pipe_tables_end_at_a_non_table_line() {
        let key = "| Symbol | Meaning |\n|---|---|\n| ✓ | Complete |\n| ✗ | Not started |";
        let plan = "| Ref | Action | Lead |\n|:--|---|--:|\n| 1 | Do it | CEO |";
        let cases: &[(&str, String, &str)] = &[
            ("two tables a blank line apart", format!("{key}\n\n{plan}"), "T3 T2"),
            ("two tables back to back", format!("{key}\n{plan}"), "T3 T2"),
            // Must not fire: one table followed by text stays one table, the
            // text a paragraph of its own.
            ("table then text", format!("{plan}\nSource: the council."), "T2 P"),
            ("text then table", format!("Intro line.\n\n{plan}"), "P T2"),
        ];
        for (name, text, want) in cases {
            let shape: Vec<_> = read_text(text)
                .blocks
                .iter()
                .map(|b| match b {
                    Block::Table(t) => format!("T{}", t.rows.len()),
                    _ => "P".into(),
                })
                .collect();
            assert_eq!(shape.join(" "), *want, "{name}");
        }
    }

    #[test]
    fn row_per_line_tables_with_page_break_debris() {
        let doc = read_text(
            "Title\n\nRec\tNo.\tAction\tLead\tDate\n\
             Recommendation 1: Vision\t1.1\tDo a thing\tCEO\tMay-24\n\
             \t1.2\tDo another\tCFO\tJune-24\n\
             \t1\tT\t\tı\n\
             \t\tand finish it\t\t\n\
             1.3\tThird\tCEO\tJuly-24\n\
             Page 3 of 9\n",
        );
        let t = table(&doc);
        assert!(t.rows[0].header);
        assert_eq!(t.rows.len(), 4);
        assert_eq!(t.rows[2].cells[2].text(), "Do another and finish it");
        assert_eq!(t.rows[3].cells[0].text(), "");
        assert_eq!(t.rows[3].cells[1].text(), "1.3");
    }

    #[test]
    fn cell_per_line_tables_count_off_rows() {
        let doc = read_text(
            "\t\n\tRecommendation\n\tAction\n\tLead\n\tTimescale\n\n\
             \t1\n\tPlan\nEmbed the plan.\n\tWe will embed it.\n\nMore text.\n\tCEO\n\tOngoing\n\n\
             \t2\n\tMoney\n\tBalance it.\n\tCFO\n\t\n",
        );
        let t = table(&doc);
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.rows[1].cells[1].blocks.len(), 2);
        assert_eq!(t.rows[1].cells[2].text(), "We will embed it. More text.");
        assert_eq!(t.rows[2].cells[3].text(), "CFO");
    }

    #[test]
    fn grid_tables_drawn_with_characters() {
        // Text around a grid table stays text; the grid's bar lines are not
        // read as markdown pipe rows, and its header stays the header.
        let doc = read_text(
            "Recommendation 1\n\n\
             +-----+------------+-------+\n\
             | Ref | Action     | Owner |\n\
             +=====+============+=======+\n\
             | 1.1 | Prepare a  | Head  |\n\
             |     | prospectus | of HR |\n\
             +-----+------------+-------+\n\
             \n| a | b |\n|---|---|\n| 1 | 2 |\n\
             \nRef  Action\n---  --------\n2.1  Review it\n\nPlan\n----\nText.\n",
        );
        let kinds: Vec<_> = doc.blocks.iter().map(|b| matches!(b, Block::Table(_))).collect();
        assert_eq!(kinds, vec![false, true, true, true, false, false, false]);
        let t = table(&doc);
        assert!(t.rows[0].header && !t.rows[1].header);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(t.rows[1].cells[1].text(), "Prepare a prospectus");
        assert_eq!(t.rows[1].cells[2].text(), "Head of HR");
    }

    #[test]
    fn headings_lists_and_fragments() {
        let doc = read_text("# Plan\n- one\n- two\n<p>Para</p><ul><li>x</li></ul>\nPage 2 of 3\n");
        let texts: Vec<_> = doc.blocks.iter().map(Block::text).collect();
        assert_eq!(texts, vec!["Plan", "• one • two", "Para", "• x"]);
    }
}
