//! Tables without drawn cell borders, found from text alignment.
//!
//! Lines that break into several chunks at wide gaps, one under another,
//! are a table where the gaps line up: the gutters (x ranges no text
//! crosses) are its column boundaries, whether the columns are aligned left,
//! right or on a decimal point. Rows come from horizontal rules and shading
//! edges where the table has them, else from the first column: a line with
//! text there starts a row; one without, close below, carries on a cell.

use super::collect::Rule;
use super::grid::{slot_of, GridCell, Rect, RuledTable};
use super::gutters::gutter_middles;
use super::layout::{Line, COLUMN_GAP};
/// Narrowest gutter that counts as a column boundary, in font sizes.
const MIN_GUTTER: f64 = 0.5;

/// A line cut at its wide gaps.
pub(super) struct Chunked<'a> {
    pub(super) line: &'a Line,
    pub(super) chunks: Vec<(f64, f64, String)>,
}

impl<'a> Chunked<'a> {
    /// The line cut at its wide gaps.
    pub(super) fn of(line: &'a Line) -> Chunked<'a> {
        Chunked {
            line,
            chunks: chunks(line),
        }
    }
}

/// A word's pieces between its wide inner gaps.
fn pieces(w: &super::layout::Word) -> Vec<(f64, f64, String)> {
    let mut out = Vec::new();
    let (mut x0, mut from) = (w.x0, 0);
    for &(gap_start, gap_end, at) in &w.gaps {
        if let Some(text) = w.text.get(from..at) {
            out.push((x0, gap_start, text.to_string()));
        }
        x0 = gap_end;
        from = at;
    }
    out.push((x0, w.x1, w.text.get(from..).unwrap_or_default().to_string()));
    out
}

pub(super) fn chunks(line: &Line) -> Vec<(f64, f64, String)> {
    let mut out: Vec<(f64, f64, String)> = Vec::new();
    for (x0, x1, text) in line.words.iter().flat_map(pieces) {
        match out.last_mut() {
            Some(c) if x0 - c.1 <= COLUMN_GAP * line.size => {
                c.1 = x1;
                c.2.push(' ');
                c.2.push_str(&text);
            }
            _ => out.push((x0, x1, text)),
        }
    }
    out
}

/// A chunk that is only a list marker: bullets and numbers are not columns.
fn is_marker(text: &str) -> bool {
    let t = text.trim();
    t.chars().count() <= 3 && !t.chars().any(char::is_alphabetic)
        || t.len() <= 4 && t.ends_with(['.', ')']) && t.chars().filter(|c| c.is_alphanumeric()).count() <= 2
}

/// Finds the borderless tables among a page's lines of running text.
pub fn aligned_tables(lines: &[Line], rules: &[Rule]) -> Vec<RuledTable> {
    let chunked: Vec<Chunked> = lines.iter().map(Chunked::of).collect();
    let mut tables = Vec::new();
    let mut i = 0;
    while i < chunked.len() {
        if !is_multi(&chunked[i]) || is_prose(&chunked[i]) {
            i += 1;
            continue;
        }
        let end = run_from(&chunked, i);
        match table_of(&chunked[i..end], rules) {
            Some((t, used)) => {
                tables.push(t);
                i += used.max(1);
            }
            None => i += 1,
        }
    }
    tables
}

pub(super) fn is_multi(c: &Chunked) -> bool {
    in_columns(c.chunks.len(), c.chunks.first().map_or("", |k| k.2.as_str()))
}

/// True where `pieces` pieces of text, the first `first`, stand in columns:
/// two or more, not only a list marker and its item.
fn in_columns(pieces: usize, first: &str) -> bool {
    pieces >= 2 && !(pieces == 2 && is_marker(first))
}

/// The end (exclusive) of the block of lines, close one under another,
/// that starts at `start`.
fn run_from(lines: &[Chunked], start: usize) -> usize {
    let mut end = start + 1;
    while end < lines.len() {
        let (prev, cur) = (lines[end - 1].line, lines[end].line);
        // Four lines of prose in columns running on is body text, not a
        // row of long cells.
        if cur.top - prev.bottom > 3.0 * cur.size.max(prev.size) || lines[end..].iter().take(4).all(is_prose) {
            break;
        }
        end += 1;
    }
    end
}

/// A line of running text set in columns: every chunk five words or more.
fn is_prose(l: &Chunked) -> bool {
    l.chunks.len() >= 2 && l.chunks.iter().all(|c| c.2.split_whitespace().count() >= 5)
}

fn crosses(chunk: &(f64, f64, String), gutters: &[f64]) -> bool {
    gutters.iter().any(|g| chunk.0 < g - 1.0 && chunk.1 > g + 1.0)
}

/// Column boundaries: the middles of the gutters no chunk of a line that
/// breaks into columns crosses.
pub(super) fn gutters(lines: &[Chunked]) -> Vec<f64> {
    let size = lines.iter().map(|l| l.line.size).fold(0.0, f64::max).max(1.0);
    let multi: Vec<Vec<&(f64, f64, String)>> = visual_rows(lines)
        .into_iter()
        .filter(|row| in_columns(row.len(), row.first().map_or("", |k| k.2.as_str())))
        .collect();
    // A gutter may be crossed by a line or two in ten (a title, a heading
    // over several columns), never by more.
    let spans = multi.iter().flat_map(|row| row.iter().map(|c| (c.0, c.1)));
    gutter_middles(spans, multi.len() / 10, MIN_GUTTER * size)
}

/// The chunks of lines that stand side by side: a line joins the one
/// above where the two overlap in height by a third or more and share no
/// x. Cells of one row need not share baselines (a label cell whose lines
/// fall between the lines of a long cell beside it); taken one line at a
/// time, a column set that way looks like lines crossing the others'
/// gutters.
fn visual_rows<'a>(lines: &'a [Chunked]) -> Vec<Vec<&'a (f64, f64, String)>> {
    let mut rows: Vec<Vec<&(f64, f64, String)>> = Vec::new();
    let mut prev: Option<&Line> = None;
    for l in lines {
        let beside = prev.is_some_and(|p| {
            let overlap = p.bottom.min(l.line.bottom) - p.top.max(l.line.top);
            let height = (p.bottom - p.top).min(l.line.bottom - l.line.top);
            overlap >= height / 3.0
        });
        let clear = |row: &[&(f64, f64, String)]| {
            !row.iter()
                .any(|c| l.chunks.iter().any(|k| k.0 < c.1 + 1.0 && k.1 > c.0 - 1.0))
        };
        match rows.last_mut() {
            Some(row) if beside && clear(row) => row.extend(l.chunks.iter()),
            _ => rows.push(l.chunks.iter().collect()),
        }
        if let Some(row) = rows.last_mut() {
            row.sort_by(|a, b| a.0.total_cmp(&b.0));
        }
        prev = Some(l.line);
    }
    rows
}

/// The table at the head of `lines`, and how many lines it takes: it ends
/// at the first line that runs across its gutters (prose after the table).
fn table_of(lines: &[Chunked], rules: &[Rule]) -> Option<(RuledTable, usize)> {
    // The table is the first stretch of lines that keep to the gutters
    // (a title above it, prose below it, run across them).
    let first = gutters(lines);
    let keeps = |l: &Chunked| !l.chunks.iter().any(|c| crosses(c, &first));
    let start = lines.iter().position(keeps)?;
    // A line or two of one piece across the columns, with rows in the
    // columns again right under it, is a row spanning the table (a group
    // heading), not the end of the table.
    let mut used = start;
    // The rows below a line of one piece must keep to the columns of the
    // rows above: a heading between two tables is no row of either. (Two
    // rows at least say where the columns are; read only where a line of
    // one piece asks.)
    let above = |used: usize| match lines[start..used].iter().filter(|l| is_multi(l)).count() {
        0 | 1 => Vec::new(),
        _ => gutters(&lines[start..used]),
    };
    let apart = |j: usize, above: &[f64]| lines[j].chunks.iter().any(|c| crosses(c, above));
    while used < lines.len() {
        let one_piece = lines[used].chunks.len() == 1;
        if keeps(&lines[used]) {
            let next = used + 1;
            if one_piece && next < lines.len() && is_multi(&lines[next]) {
                let above = above(used);
                let at_left = above.first().is_some_and(|g| lines[used].chunks[0].0 < *g);
                if at_left && apart(next, &above) {
                    break;
                }
            }
            used += 1;
            continue;
        }
        let resumes = (used + 1..lines.len().min(used + 3))
            .find(|&j| keeps(&lines[j]))
            .filter(|&j| lines[used..j].iter().all(|l| l.chunks.len() == 1))
            .filter(|&j| is_multi(&lines[j]) && !apart(j, &above(used)));
        match resumes {
            Some(j) => used = j,
            None => break,
        }
    }
    let lines = &lines[start..used];
    if lines.iter().filter(|l| is_multi(l)).count() < 2 {
        return None;
    }
    let bounds = gutters(lines);
    if bounds.is_empty() {
        return None;
    }
    let x0 = lines
        .iter()
        .flat_map(|l| l.chunks.first())
        .map(|c| c.0)
        .fold(f64::INFINITY, f64::min);
    let x1 = lines
        .iter()
        .flat_map(|l| l.chunks.last())
        .map(|c| c.1)
        .fold(f64::NEG_INFINITY, f64::max);
    let mut xs = vec![x0 - 1.0];
    xs.extend(bounds.iter().copied());
    xs.push(x1 + 1.0);
    let cols = xs.len() - 1;
    // Every column must hold text on at least two lines, and the first
    // column must not be only list markers.
    let col_of = |x: f64| slot_of(&xs, x);
    let mut filled = vec![0usize; cols];
    let mut markers_only = true;
    for l in lines {
        let mut seen = vec![false; cols];
        for c in &l.chunks {
            let k = col_of(c.0);
            seen[k] = true;
            if k == 0 && !is_marker(&c.2) {
                markers_only = false;
            }
        }
        for (k, s) in seen.iter().enumerate() {
            filled[k] += usize::from(*s);
        }
    }
    if markers_only || filled.iter().any(|&n| n < 2) || all_prose(lines, cols, &col_of) {
        return None;
    }
    let top = lines[0].line.top - 1.0;
    let bottom = lines[lines.len() - 1].line.bottom + 1.0;
    let ys = row_bounds(2, lines, rules, x0, x1, top, bottom, &col_of);
    let rows = ys.len() - 1;
    let cells = grid_cells(&xs, &ys, 0, lines);
    Some((
        RuledTable {
            rect: Rect {
                x0: xs[0],
                y0: top,
                x1: xs[cols],
                y1: bottom,
            },
            rows,
            cols,
            cells,
        },
        used,
    ))
}

/// One cell per slot between the column and row boundaries, numbered from
/// row `first_row`; a row of nothing but `lines` across the columns (a
/// group heading) is one cell across them.
fn grid_cells(xs: &[f64], ys: &[f64], first_row: usize, lines: &[Chunked]) -> Vec<GridCell> {
    let cols = xs.len() - 1;
    let col_of = |x: f64| slot_of(xs, x);
    let mut cells = Vec::new();
    for (r, y) in ys.windows(2).enumerate() {
        let mut inside = lines
            .iter()
            .filter(|l| l.line.baseline > y[0] && l.line.baseline < y[1])
            .peekable();
        let across = inside.peek().is_some() && inside.all(|l| spans(l, &col_of));
        for (c, x) in xs.windows(2).enumerate() {
            if across && c > 0 {
                break;
            }
            cells.push(GridCell {
                row: first_row + r,
                col: c,
                row_span: 1,
                col_span: if across { cols } else { 1 },
                rect: Rect {
                    x0: x[0],
                    y0: y[0],
                    x1: if across { xs[cols] } else { x[1] },
                    y1: y[1],
                },
            });
        }
    }
    cells
}

/// True where every column reads as running prose (most of its lines five
/// words or more): text set in columns, not a table.
fn all_prose(lines: &[Chunked], cols: usize, col_of: &dyn Fn(f64) -> usize) -> bool {
    let mut long = vec![0usize; cols];
    let mut all = vec![0usize; cols];
    for l in lines {
        for c in &l.chunks {
            let k = col_of(c.0);
            all[k] += 1;
            long[k] += usize::from(c.2.split_whitespace().count() >= 5);
        }
    }
    (0..cols).all(|k| all[k] > 0 && long[k] * 2 >= all[k])
}

/// Row boundaries from top to bottom: the horizontal rules across the
/// table where it has at least `min_rules` of them, else a new row wherever
/// the first column has text or the line spacing opens up.
#[allow(clippy::too_many_arguments)]
pub(super) fn row_bounds(
    min_rules: usize,
    lines: &[Chunked],
    rules: &[Rule],
    x0: f64,
    x1: f64,
    top: f64,
    bottom: f64,
    col_of: &dyn Fn(f64) -> usize,
) -> Vec<f64> {
    let width = x1 - x0;
    // Shading is drawn cell by cell: join its edges into rules first.
    // A rule must fall between lines, not through one: through the text
    // under its own length (a band over some columns may run beside a
    // cell whose text runs on down another).
    let through_text = |r: &Rule| {
        lines.iter().any(|l| {
            r.at > l.line.top + 1.0 && r.at < l.line.bottom - 1.0 && l.chunks.iter().any(|c| c.0 < r.to && c.1 > r.from)
        })
    };
    let mut ys: Vec<f64> = super::grid::merge(rules)
        .iter()
        .filter(|r| r.horizontal && r.at > top + 2.0 && r.at < bottom - 2.0)
        .filter(|r| (r.to.min(x1) - r.from.max(x0)) >= 0.5 * width)
        .filter(|r| !through_text(r))
        .map(|r| r.at)
        .collect();
    // Rules under every row or two divide the rows; in a table whose header
    // is apart, one rule is enough (shading on alternate rows), but one
    // under an aligned table's header alone does not, and the lines say the
    // rest. Rules between groups of many rows (a statistics table's
    // sections, a plan's recommendations) divide the groups, and the lines
    // the rows within them.
    let by_lines = line_starts(lines, col_of);
    if ys.len() < min_rules.max(1) {
        ys = by_lines;
    } else if by_lines.len() > 2 * (ys.len() + 1) {
        ys.extend(by_lines);
    }
    ys.sort_by(f64::total_cmp);
    ys.dedup_by(|a, b| (*a - *b).abs() < 2.0);
    let mut out = vec![top];
    out.extend(ys);
    out.push(bottom);
    out
}

/// Where rows start by the lines alone: a line with text in the first
/// column and others starts a row unless its cells run on from the line
/// above; so does a line after a wide gap, and a line across the columns.
fn line_starts(lines: &[Chunked], col_of: &dyn Fn(f64) -> usize) -> Vec<f64> {
    let mut out = Vec::new();
    // The usual distance between baselines; lines of neighbouring
    // columns set a few points apart do not count.
    let mut pitches: Vec<f64> = lines
        .windows(2)
        .map(|w| w[1].line.baseline - w[0].line.baseline)
        .filter(|p| *p > 0.0)
        .filter(|p| lines.first().is_some_and(|l| *p > 0.8 * l.line.size))
        .collect();
    pitches.sort_by(f64::total_cmp);
    let pitch = pitches.get(pitches.len() / 2).copied().unwrap_or(f64::INFINITY);
    // The last text seen in each column, and its baseline.
    let mut above: Tails = Vec::new();
    let note = |cells: Vec<(usize, String)>, baseline: f64, above: &mut Tails| {
        for (k, text) in cells {
            if above.len() <= k {
                above.resize(k + 1, None);
            }
            above[k] = Some((text, baseline));
        }
    };
    if let Some(first) = lines.first() {
        note(column_texts(first, col_of), first.line.baseline, &mut above);
    }
    for w in lines.windows(2) {
        // Text in the first column starts a row where the line fills
        // other columns too, unless its cells run on from the line
        // above; alone, close under the line above, it is that row's
        // label wrapping.
        let cells = column_texts(&w[1], col_of);
        let used: Vec<usize> = cells.iter().map(|(k, _)| *k).collect();
        // A line across the columns is a row of its own (its second
        // line, if it wraps, carries on).
        let (was_across, is_across) = (spans(&w[0], col_of), spans(&w[1], col_of));
        let starts_row =
            used.first() == Some(&0) && used.len() >= 2 && !runs_on(&cells, &above, w[1].line.baseline, pitch)
                || w[1].line.baseline - w[0].line.baseline > 1.8 * pitch
                || is_across != was_across;
        if starts_row {
            out.push((w[0].line.bottom + w[1].line.top) / 2.0);
        }
        note(cells, w[1].line.baseline, &mut above);
    }
    out
}

/// True where a line is one piece of text running across a column edge:
/// a heading over the table's columns.
fn spans(l: &Chunked, col_of: &dyn Fn(f64) -> usize) -> bool {
    matches!(l.chunks.as_slice(), [c] if col_of(c.0) != col_of(c.1))
}

/// The last text seen in each column, with its baseline.
type Tails = Vec<Option<(String, f64)>>;

/// A line's text column by column: the chunks in each column joined.
fn column_texts(l: &Chunked, col_of: &dyn Fn(f64) -> usize) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    for c in &l.chunks {
        let k = col_of(c.0);
        match out.last_mut() {
            Some((last, text)) if *last == k => {
                text.push(' ');
                text.push_str(&c.2);
            }
            _ => out.push((k, c.2.clone())),
        }
    }
    out
}

/// Words that leave a line's sentence open when they end it.
const OPEN_ENDINGS: &[&str] = &[
    "and", "or", "of", "the", "to", "for", "in", "with", "a", "an", "on", "by", "at", "from", "as", "into", "&",
];

/// True where a line's cells all carry on cells of the line just above
/// (every column it fills was filled one line pitch up) and one of them
/// plainly runs on: it opens in lower case, or the text above it ends
/// with a hyphen, a comma or a word that leaves the sentence open. Cells
/// that wrap side by side are one row however many columns they fill;
/// numbers stacked on numbers are rows of figures, never one cell.
fn runs_on(cells: &[(usize, String)], above: &[Option<(String, f64)>], baseline: f64, pitch: f64) -> bool {
    let mut run_on = false;
    for (k, text) in cells {
        let Some(Some((prev, at))) = above.get(*k) else {
            return false;
        };
        if baseline - at > 1.3 * pitch {
            return false;
        }
        let figure = |t: &str| {
            t.trim_start_matches(['£', '$', '€', '(', '-'])
                .starts_with(|c: char| c.is_ascii_digit())
        };
        if figure(text)
            && prev
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit() || c == ')' || c == '%')
        {
            return false;
        }
        // (A cell of one word, "A" for amber, is no sentence left open.)
        let words: Vec<&str> = prev.split_whitespace().collect();
        let last = words.last().unwrap_or(&"").to_lowercase();
        run_on |= text.starts_with(|c: char| c.is_lowercase())
            || prev.trim_end().ends_with(['-', ','])
            || words.len() >= 2 && OPEN_ENDINGS.contains(&last.as_str());
    }
    run_on
}

/// A ruled table carried on below its last rule by text alone: a header
/// drawn with borders (or shading) over rows that have none. The rows
/// below take the ruled table's columns, down to the first line whose text
/// crosses a column edge or a wide vertical gap.
/// `shaded` says the table's grid comes from fills alone: its last rows may
/// be white, so however many rows it has, it may go on below.
pub fn extend_down(t: &RuledTable, lines: &[Line], rules: &[Rule], shaded: bool) -> Option<RuledTable> {
    // Only a header, or shading: a table whose body rows are ruled is
    // complete.
    if t.rows > 2 && !shaded {
        return None;
    }
    let xs = t.col_edges()?;
    let chunked: Vec<Chunked> = lines.iter().map(Chunked::of).collect();
    let (ys, bottom, _) = rows_under(&xs, t.rect.y1, &chunked, rules, 0)?;
    let mut cells = t.cells.clone();
    cells.extend(grid_cells(&xs, &ys, t.rows, &chunked));
    Some(RuledTable {
        rect: Rect { y1: bottom, ..t.rect },
        rows: t.rows + ys.len() - 1,
        cols: t.cols,
        cells,
    })
}

/// A borderless table carried over from the page before: the lines at the
/// top of the page that fall in its columns (`xs`, its column edges), below
/// at most `skip` lines of running head.
pub fn carry_over(xs: &[f64], lines: &[Line], rules: &[Rule]) -> Option<RuledTable> {
    let top = lines.first()?.top - 1.0;
    let chunked: Vec<Chunked> = lines.iter().map(Chunked::of).collect();
    let (ys, bottom, (left, right)) = rows_under(xs, top, &chunked, rules, 2)?;
    let first = ys[0];
    // The edges came from where the text reached on the page before; here
    // it may reach further out.
    let mut xs = xs.to_vec();
    let last = xs.len() - 1;
    xs[0] = xs[0].min(left - 1.0);
    xs[last] = xs[last].max(right + 1.0);
    Some(RuledTable {
        rect: Rect {
            x0: xs[0],
            y0: first,
            x1: xs[last],
            y1: bottom,
        },
        rows: ys.len() - 1,
        cols: xs.len() - 1,
        cells: grid_cells(&xs, &ys, 0, &chunked),
    })
}

/// The row boundaries of the lines under `top` that keep inside the column
/// edges `xs`, the bottom they reach and the left and right of their text;
/// None where no line below uses two columns. Up to `skip` lines that do not fit may come first (a running
/// head above a table carried over from the page before).
fn rows_under<'a>(
    xs: &[f64],
    top: f64,
    lines: &'a [Chunked<'a>],
    rules: &[Rule],
    skip: usize,
) -> Option<(Vec<f64>, f64, (f64, f64))> {
    let inner = &xs[1..xs.len() - 1];
    // A ruled header's outer edges are drawn; a carried table's are only
    // where its text happened to reach.
    let slack = if skip > 0 { f64::INFINITY } else { 2.0 };
    let (left, right) = (xs[0] - slack, xs[xs.len() - 1] + slack);
    let fits = |c: &Chunked| {
        c.chunks
            .iter()
            .all(|k| k.0 >= left && k.1 <= right && !crosses(k, inner))
    };
    let mut below: Vec<Chunked> = Vec::new();
    let mut last_bottom = top;
    let mut skipped = 0;
    let mut start = top;
    let under: Vec<&Chunked> = lines.iter().filter(|c| c.line.top >= top - 1.0).collect();
    for (i, c) in under.iter().enumerate() {
        let l = c.line;
        // A line of one piece across the columns with a row in the columns
        // right under it is a row spanning the table (a group heading).
        let heading = !below.is_empty()
            && matches!(c.chunks.as_slice(), [k] if k.0 >= left && k.1 <= right)
            && under.get(i + 1).is_some_and(|n| fits(n) && is_multi(n));
        let inside = fits(c) || heading;
        if !inside && below.is_empty() && skipped < skip {
            skipped += 1;
            start = l.bottom + 0.5;
            last_bottom = start;
            continue;
        }
        // A wide gap ends the table; so does a gap of a line or more before
        // text in another size (a footnote under the table).
        let body = below.first().map_or(l.size, |b| b.line.size);
        let gap = l.top - last_bottom;
        let apart = gap > 3.0 * l.size.max(body) || gap > l.size && !same_size(l.size, body);
        if !inside || (!below.is_empty() || skipped == 0) && apart {
            break;
        }
        last_bottom = l.bottom;
        below.push(Chunked {
            line: l,
            chunks: c.chunks.clone(),
        });
    }
    let cols = xs.len() - 1;
    let col_of = |x: f64| slot_of(xs, x);
    // The rows below must use the columns: some line with text in two.
    let spread = below.iter().any(|l| {
        let mut used: Vec<usize> = l.chunks.iter().map(|k| col_of(k.0)).collect();
        used.dedup();
        used.len() >= 2
    });
    if !spread {
        return None;
    }
    let bottom = last_bottom + 1.0;
    let reach = below
        .iter()
        .flat_map(|l| &l.chunks)
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), c| (a.min(c.0), b.max(c.1)));
    Some((
        row_bounds(1, &below, rules, xs[0], xs[cols], start, bottom, &col_of),
        bottom,
        reach,
    ))
}

/// Font sizes within a fifth of each other: one table's text.
fn same_size(a: f64, b: f64) -> bool {
    (a - b).abs() <= 0.2 * a.max(b)
}

#[cfg(test)]
mod tests {
    use super::super::layout::Word;
    use super::*;

    fn line(parts: &[(f64, &str)], baseline: f64) -> Line {
        Line {
            words: parts
                .iter()
                .flat_map(|(x, t)| {
                    let mut x = *x;
                    t.split(' ')
                        .map(|w| {
                            let word = Word {
                                text: w.to_string(),
                                x0: x,
                                x1: x + 5.0 * w.len() as f64,
                                size: 10.0,
                                gaps: Vec::new(),
                            };
                            x = word.x1 + 3.0;
                            word
                        })
                        .collect::<Vec<_>>()
                })
                .collect(),
            top: baseline - 8.0,
            bottom: baseline + 2.0,
            baseline,
            size: 10.0,
        }
    }

    #[test]
    fn aligned_columns_make_a_table_with_wrapped_cells() {
        let lines = vec![
            line(&[(10.0, "Action"), (200.0, "Lead"), (300.0, "Due")], 100.0),
            line(
                &[(10.0, "Publish the plan"), (200.0, "CEX"), (300.0, "May 2025")],
                114.0,
            ),
            line(&[(10.0, "Review the"), (200.0, "S151"), (300.0, "June 2025")], 128.0),
        ];
        let mut with_wrap = lines.clone();
        with_wrap.push(line(&[(10.0, "budget")], 140.0));
        let t = &aligned_tables(&with_wrap, &[])[0];
        assert_eq!((t.rows, t.cols), (3, 3));
    }

    #[test]
    fn a_label_column_set_between_the_lines_beside_it_keeps_its_gutter() {
        // The first column's lines fall between the long cell's lines, so
        // no line of it shares a baseline with the others' text.
        let mut lines = vec![
            line(&[(10.0, "Summary"), (200.0, "Actions"), (400.0, "Due")], 100.0),
            line(
                &[
                    (10.0, "Strengthen the"),
                    (200.0, "Performance reporting"),
                    (400.0, "Ongoing"),
                ],
                114.0,
            ),
        ];
        // Ten lines of the long cell: one line in ten may cross a gutter.
        let labels = ["performance and programme management"; 10];
        for (k, label) in labels.iter().enumerate() {
            let y = 128.0 + 14.0 * k as f64;
            lines.push(line(
                &[(200.0, "We have introduced a new report"), (400.0, "May 2025")],
                y,
            ));
            lines.push(line(&[(10.0, label)], y + 6.0));
        }
        let tables = aligned_tables(&lines, &[]);
        assert_eq!(tables.len(), 1);
        let t = &tables[0];
        assert_eq!(t.cols, 3);
        // Down to the last label line.
        assert!(t.rect.y1 > 128.0 + 14.0 * 9.0 + 6.0, "{:?}", t.rect);
    }

    #[test]
    fn cells_wrapping_side_by_side_stay_one_row() {
        let lines = vec![
            line(&[(10.0, "Area"), (200.0, "Action"), (400.0, "Lead")], 100.0),
            line(
                &[
                    (10.0, "Target Operating"),
                    (200.0, "Redesign the service to"),
                    (400.0, "Andrew Blake-"),
                ],
                114.0,
            ),
            line(
                &[(10.0, "Model"), (200.0, "support collaboration"), (400.0, "Herbert")],
                128.0,
            ),
            line(
                &[
                    (10.0, "Climate"),
                    (200.0, "Reduce spend on energy"),
                    (400.0, "Paul Walker"),
                ],
                142.0,
            ),
        ];
        let t = &aligned_tables(&lines, &[])[0];
        assert_eq!((t.rows, t.cols), (3, 3));
    }

    #[test]
    fn a_line_runs_on_only_where_every_cell_continues_one_just_above() {
        let above = |cells: &[(usize, &str)]| {
            let mut out = vec![None; 4];
            for (k, t) in cells {
                out[*k] = Some((t.to_string(), 100.0));
            }
            out
        };
        let full = above(&[
            (0, "Target Operating"),
            (1, "Redesign the service to"),
            (2, "Andrew Blake-"),
        ]);
        let ended = above(&[
            (0, "Operating Model"),
            (1, "Redesign the service."),
            (2, "Andrew Blake"),
        ]);
        let figures = above(&[(0, "Income"), (1, "1,200"), (2, "(300)")]);
        let rating = above(&[(0, "A"), (1, "At risk; action taken")]);
        type Case<'a> = (&'a [(usize, &'a str)], &'a Tails, bool);
        let cases: Vec<Case> = vec![
            (&[(0, "Model"), (1, "support the teams")], &full, true),
            (&[(0, "Model"), (2, "Herbert")], &full, true),
            (&[(0, "Review"), (1, "Publish the plan")], &ended, false),
            // A column empty on the line above: a new row's cell.
            (&[(0, "model"), (3, "May 2025")], &full, false),
            (&[(0, "of which grants"), (1, "300"), (2, "(20)")], &figures, false),
            // A rating letter "A" leaves no sentence open.
            (&[(0, "R"), (1, "Will not be delivered")], &rating, false),
        ];
        for (cells, above, want) in cases {
            let cells: Vec<(usize, String)> = cells.iter().map(|(k, t)| (*k, t.to_string())).collect();
            assert_eq!(runs_on(&cells, above, 114.0, 14.0), want, "{cells:?}");
        }
    }

    #[test]
    fn a_table_carried_over_reaches_as_far_as_its_text_does() {
        // The page before's text ended at x 190; here a date runs to 213.
        let lines = vec![
            line(&[(10.0, "Publish the plan"), (150.0, "November 2023")], 100.0),
            line(&[(10.0, "Review the budget"), (150.0, "Jan 2024")], 114.0),
        ];
        let t = carry_over(&[9.0, 140.0, 191.0], &lines, &[]).unwrap();
        assert!(t.rect.x1 > 213.0, "{:?}", t.rect);
    }

    #[test]
    fn a_table_carried_over_keeps_its_group_headings() {
        // The plan's columns from the page before; here its second group
        // starts under a heading across them.
        let lines: Vec<Line> = grouped_plan(100.0).into_iter().skip(2).collect();
        let t = carry_over(&[9.0, 35.0, 245.0, 395.0, 430.0], &lines, &[]).unwrap();
        assert_eq!(t.rows, 7);
        let across: Vec<usize> = t.cells.iter().filter(|c| c.col_span == 4).map(|c| c.row).collect();
        assert_eq!(across, vec![3]);
    }

    #[test]
    fn a_shaded_table_with_body_rows_goes_on_below_only_when_shaded() {
        let xs = [9.0, 140.0, 260.0];
        let ys = [80.0, 92.0, 106.0, 120.0, 134.0];
        let t = RuledTable {
            rect: Rect {
                x0: 9.0,
                y0: 80.0,
                x1: 260.0,
                y1: 134.0,
            },
            rows: 4,
            cols: 2,
            cells: grid_cells(&xs, &ys, 0, &[]),
        };
        let below = vec![
            line(&[(10.0, "Review the budget"), (150.0, "Jan 2024")], 146.0),
            line(&[(10.0, "Publish the plan"), (150.0, "May 2024")], 160.0),
        ];
        assert_eq!(extend_down(&t, &below, &[], true).map(|t| t.rows), Some(6));
        assert!(extend_down(&t, &below, &[], false).is_none());
    }

    #[test]
    fn prose_and_bullets_are_not_tables() {
        let prose = vec![
            line(&[(10.0, "The council will publish its plan")], 100.0),
            line(&[(10.0, "and review it every year")], 114.0),
        ];
        assert!(aligned_tables(&prose, &[]).is_empty());
        let bullets = vec![
            line(&[(10.0, "•"), (30.0, "Publish the plan")], 100.0),
            line(&[(10.0, "•"), (30.0, "Review it")], 114.0),
        ];
        assert!(aligned_tables(&bullets, &[]).is_empty());
    }

    /// An action table's lines: a header, then for each of two groups a
    /// heading across the columns and three one-line rows, 14 pt apart.
    fn grouped_plan(top: f64) -> Vec<Line> {
        let row = |id: &'static str, action: &'static str, lead: &'static str| {
            vec![(10.0, id), (40.0, action), (250.0, lead), (400.0, "2026")]
        };
        let texts: Vec<Vec<(f64, &str)>> = vec![
            vec![(10.0, "No."), (40.0, "Action"), (250.0, "Lead"), (400.0, "Due")],
            vec![(10.0, "Recommendation 1: Agree clear priorities and resource them well")],
            row("1.1", "Consult residents", "Chief Executive"),
            row("1.2", "Link budgets", "Director of Finance"),
            row("1.3", "Stop some activity", "Leadership Team"),
            vec![(
                10.0,
                "Recommendation 2: Improve relationships with partners in the city",
            )],
            row("2.1", "Hold a summit", "Leader"),
            row("2.2", "Agree a strategy", "Director of Growth"),
            row("2.3", "Name a contact", "Director of Growth"),
        ];
        texts
            .iter()
            .enumerate()
            .map(|(k, parts)| line(parts, top + 14.0 * k as f64))
            .collect()
    }

    #[test]
    fn a_group_heading_across_the_columns_is_a_row_of_the_table() {
        let t = &aligned_tables(&grouped_plan(100.0), &[])[0];
        assert_eq!((t.rows, t.cols), (9, 4));
        let across: Vec<usize> = t.cells.iter().filter(|c| c.col_span == 4).map(|c| c.row).collect();
        assert_eq!(across, vec![1, 5]);
    }

    #[test]
    fn rules_between_groups_divide_groups_and_the_lines_divide_rows() {
        // Rules over and under the header, between the groups, at the foot.
        let rule = |at: f64| Rule {
            horizontal: true,
            at,
            from: 5.0,
            to: 430.0,
            shade: false,
        };
        let rules: Vec<Rule> = [88.0, 105.0, 161.0, 217.0].into_iter().map(rule).collect();
        let t = &aligned_tables(&grouped_plan(100.0), &rules)[0];
        assert_eq!(t.rows, 9);
    }

    #[test]
    fn a_heading_between_two_tables_ends_the_first() {
        let mut lines = vec![
            line(&[(10.0, "G"), (30.0, "On track to be delivered")], 40.0),
            line(&[(10.0, "A"), (30.0, "At risk; action being taken")], 54.0),
            line(&[(10.0, "R"), (30.0, "Will not be delivered")], 68.0),
            line(&[(10.0, "3. Action plan")], 82.0),
        ];
        lines.extend(grouped_plan(96.0));
        let tables = aligned_tables(&lines, &[]);
        assert_eq!(
            tables.iter().map(|t| (t.rows, t.cols)).collect::<Vec<_>>(),
            vec![(3, 2), (9, 4)]
        );
    }
}
