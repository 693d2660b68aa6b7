//! OpenDocument text (content.xml) to model blocks: `text:h` headings,
//! `text:p` paragraphs (split at `text:line-break`), `text:list` lists
//! (ordered when their list style numbers), and `table:table` tables with
//! `table:table-header-rows` as header rows, spans on the origin cell and
//! covered cells left out. Tracked-change archives, notes and annotations
//! are skipped, so changes read as accepted; a footnote mark set raised by
//! its text style ("Cabinet²") is dropped, and a tab between two phrases in
//! a table cell parts them into lines.

use std::collections::HashMap;

use super::body::Inline;
use super::build::Blocks;
use super::xml::{self, El, Node, Ns};
use super::{title_of, Package};
use crate::model::{Block, Cell, Document, Rgb, Row, Table};
use crate::read::list_numbers::NumberStyle;
use crate::read::ReadError;

/// Cells repeated by `table:number-columns-repeated` past this are dropped
/// (spreadsheet-like tables repeat empty cells to the sheet's edge).
const MAX_REPEAT: usize = 64;

/// Most cell copies `number-columns-repeated` may make in one document, and
/// most bytes of text they may copy: tables nested in repeated cells would
/// otherwise multiply (64 copies of 64 copies of ... : 64^depth).
const MAX_REPEATED_CELLS: usize = 100_000;
const MAX_REPEATED_TEXT: usize = 256 << 10;

/// Reads an OpenDocument text package.
pub fn read(pkg: &mut Package<'_>) -> Result<Document, ReadError> {
    let content = xml::parse(&pkg.require("content.xml")?, "content.xml")?;
    let mut ctx = Ctx::default();
    ctx.collect_styles(&content);
    if let Some(b) = pkg.read("styles.xml")? {
        // Broken shared styles only lose list kinds and heading levels.
        if let Ok(styles) = xml::parse(&b, "styles.xml") {
            ctx.collect_styles(&styles);
        }
    }
    let title = match pkg.read("meta.xml")? {
        Some(b) => xml::parse(&b, "meta.xml").ok().and_then(|r| title_of(&r)),
        None => None,
    };
    let text = content
        .child(Ns::Office, "body")
        .and_then(|b| b.child(Ns::Office, "text"))
        .ok_or_else(|| ReadError::Malformed("content.xml: no office:text body (not a text document)".into()))?;
    let mut out = Blocks::default();
    blocks(&ctx, text, &mut out, None);
    Ok(Document {
        title,
        blocks: out.finish(),
        warnings: Vec::new(),
    })
}

/// `style:parent-style-name` chains longer than this are cut (they may loop).
const MAX_CHAIN: usize = 16;

/// What the walker needs from the style sheets.
#[derive(Default)]
struct Ctx {
    /// List style name -> whether its first level numbers.
    ordered: HashMap<String, bool>,
    /// List style name -> how each level writes its number.
    levels: HashMap<String, Vec<OdtLevel>>,
    /// List style name -> the numbers last given at each level (for a list
    /// that continues the numbering of the one before, at every level).
    last_number: std::cell::RefCell<HashMap<String, Vec<u32>>>,
    /// Paragraph style name -> (parent style, own heading level).
    paragraph: HashMap<String, (Option<String>, Option<u8>)>,
    /// Table cell style name -> its background colour.
    cell_fill: HashMap<String, Rgb>,
    /// Cell copies made so far for repeated cells, and the text they copied.
    repeated: std::cell::Cell<(usize, usize)>,
    /// Text styles that set their text raised (`style:text-position`
    /// "super" or a positive percentage): a footnote mark typed as text.
    superscript: std::collections::HashSet<String>,
    /// How many table cells deep the walk is: inside one, a tab between two
    /// phrases parts them as two lines would.
    cell_depth: std::cell::Cell<u32>,
}

impl Ctx {
    /// Whether one more copy of a cell holding `text` bytes is allowed
    /// (and counts it if so).
    fn may_repeat(&self, text: usize) -> bool {
        let (cells, bytes) = self.repeated.get();
        let next = (cells + 1, bytes.saturating_add(text));
        if next.0 > MAX_REPEATED_CELLS || next.1 > MAX_REPEATED_TEXT {
            return false;
        }
        self.repeated.set(next);
        true
    }
}

impl Ctx {
    /// Records every list and paragraph style below `el`.
    fn collect_styles(&mut self, el: &El) {
        for e in el.elements() {
            if e.is(Ns::Text, "list-style") {
                if let Some(name) = e.attr("name") {
                    let levels: Vec<OdtLevel> = e.elements().map(OdtLevel::read).collect();
                    // Ordered where its first level prints a number.
                    let numbered = levels.first().is_some_and(|l| l.style.counts());
                    self.ordered.insert(name.to_string(), numbered);
                    self.levels.insert(name.to_string(), levels);
                }
            } else if e.is(Ns::Style, "style") {
                if let Some(name) = e.attr("name") {
                    let level = e
                        .attr("default-outline-level")
                        .and_then(|v| v.trim().parse::<u8>().ok())
                        .filter(|l| *l >= 1)
                        .or_else(|| level_from_name(e.attr("display-name").unwrap_or(name)));
                    let raised = e
                        .elements()
                        .find(|p| p.is(Ns::Style, "text-properties"))
                        .and_then(|p| p.attr("text-position"))
                        .is_some_and(is_raised);
                    if raised {
                        self.superscript.insert(name.to_string());
                    }
                    let parent = e.attr("parent-style-name").map(str::to_string);
                    self.paragraph.insert(name.to_string(), (parent, level));
                    if let Some(fill) = e
                        .elements()
                        .find(|p| p.is(Ns::Style, "table-cell-properties"))
                        .and_then(|p| p.attr("background-color"))
                        .and_then(Rgb::from_hex)
                    {
                        self.cell_fill.insert(name.to_string(), fill);
                    }
                }
            } else {
                self.collect_styles(e);
            }
        }
    }

    /// The heading level of a paragraph style or the styles it derives from.
    /// LibreOffice writes an imported `<h1>` as a `text:p` whose automatic
    /// style derives from "Heading 1", so `text:p` is checked too.
    fn heading_level(&self, style: &str) -> Option<u8> {
        let mut next = Some(style);
        for _ in 0..MAX_CHAIN {
            let (parent, level) = self.paragraph.get(next?)?;
            if level.is_some() {
                return level.map(|l| l.min(6));
            }
            next = parent.as_deref();
        }
        None
    }
}

/// True for a `style:text-position` that raises text: "super", or a
/// positive percentage first ("33% 58%").
fn is_raised(position: &str) -> bool {
    let first = position.split_whitespace().next().unwrap_or("");
    first == "super" || first.trim_end_matches('%').parse::<f64>().is_ok_and(|p| p > 0.0)
}

/// "Heading 2" or "Heading_20_2" -> 2 (ODF encodes a space in names as
/// `_20_`); "Title" -> 1, as the Word reader reads it.
fn level_from_name(name: &str) -> Option<u8> {
    let name = name.replace("_20_", " ").to_lowercase();
    if name == "title" {
        return Some(1);
    }
    let digit = name.strip_prefix("heading ")?.chars().next()?.to_digit(10)?;
    (digit >= 1).then(|| digit.min(6) as u8)
}

fn blocks(ctx: &Ctx, container: &El, out: &mut Blocks, list_style: Option<&str>) {
    for e in container.elements() {
        match (e.ns, e.name.as_str()) {
            (Ns::Text, "h") => {
                let level = e
                    .attr("outline-level")
                    .and_then(|v| v.trim().parse::<u8>().ok())
                    .unwrap_or(1)
                    .clamp(1, 6);
                let mut inline = Inline::default();
                runs(ctx, e, &mut inline);
                out.heading(level, &inline.segments.join(" "));
                out.extend(inline.boxes);
            }
            (Ns::Text, "p") => {
                let mut inline = Inline::default();
                runs(ctx, e, &mut inline);
                match e.attr("style-name").and_then(|s| ctx.heading_level(s)) {
                    Some(level) => out.heading(level, &inline.segments.join(" ")),
                    None => {
                        for line in inline.lines(ctx.cell_depth.get() > 0) {
                            out.paragraph(&line);
                        }
                    }
                }
                out.extend(inline.boxes);
            }
            (Ns::Text, "list") => {
                let style = e.attr("style-name").or(list_style);
                let ordered = style.and_then(|s| ctx.ordered.get(s)).copied().unwrap_or(false);
                list(ctx, e, ordered, style, out);
            }
            (Ns::Text, "numbered-paragraph") => {
                let mut inline = Inline::default();
                runs_of_children(ctx, e, &mut inline);
                out.item(true, &inline.segments.join(" "));
            }
            (Ns::Table, "table") => {
                let t = table(ctx, e);
                if !t.rows.is_empty() {
                    out.push(Block::Table(t));
                }
            }
            (Ns::Text, "section") | (Ns::Text, "index-body") => blocks(ctx, e, out, list_style),
            _ => {}
        }
    }
}

/// How one level of an OpenDocument list style writes its number.
#[derive(Debug, Clone)]
struct OdtLevel {
    style: NumberStyle,
    prefix: String,
    suffix: String,
    start: u32,
    /// How many levels' numbers the label shows ("1.2" shows two).
    display_levels: usize,
}

impl OdtLevel {
    fn read(l: &El) -> OdtLevel {
        let numbered = l.is(Ns::Text, "list-level-style-number");
        OdtLevel {
            style: if numbered {
                NumberStyle::from_letter(l.attr("num-format").unwrap_or(""))
            } else {
                NumberStyle::Bullet
            },
            prefix: l.attr("num-prefix").unwrap_or("").to_string(),
            suffix: l.attr("num-suffix").unwrap_or("").to_string(),
            start: l.attr("start-value").and_then(|v| v.trim().parse().ok()).unwrap_or(1),
            display_levels: l
                .attr("display-levels")
                .and_then(|v| v.trim().parse().ok())
                .unwrap_or(1usize)
                .clamp(1, 10),
        }
    }
}

/// A list's items into `out`; a nested list's items follow their parent
/// item. Numbered items carry the label LibreOffice prints ("1.", "2.1",
/// "(b)"). One counter per level runs through a list and its nested lists,
/// and on into a list that continues the numbering of the one before
/// (`text:continue-numbering`), as ODF numbers them: an item with a
/// paragraph of its own advances its level's counter and restarts the
/// levels below; an item holding only a nested list (how Writer saves a
/// "1.3" under a "1" given in an earlier list) advances nothing.
fn list(ctx: &Ctx, l: &El, ordered: bool, style: Option<&str>, out: &mut Blocks) {
    let continues = l.attr("continue-numbering") == Some("true") || l.attr("continue-list").is_some();
    let mut counters = match style {
        Some(s) if continues => ctx.last_number.borrow().get(s).cloned().unwrap_or_default(),
        _ => Vec::new(),
    };
    list_at(ctx, l, ordered, style, &mut counters, 0, out);
    if let Some(s) = style {
        ctx.last_number.borrow_mut().insert(s.to_string(), counters);
    }
}

/// The items of a list nested `depth` deep; `counters` holds the numbers
/// last given at each level.
fn list_at(
    ctx: &Ctx,
    l: &El,
    ordered: bool,
    style: Option<&str>,
    counters: &mut Vec<u32>,
    depth: usize,
    out: &mut Blocks,
) {
    let levels = style.and_then(|s| ctx.levels.get(s));
    let level_at = |d: usize| levels.and_then(|lv| lv.get(d.min(lv.len().saturating_sub(1)))).cloned();
    let level = level_at(depth);
    for item in l
        .elements()
        .filter(|i| i.is(Ns::Text, "list-item") || i.is(Ns::Text, "list-header"))
    {
        let own_paragraph = item.elements().any(|p| p.is(Ns::Text, "p") || p.is(Ns::Text, "h"));
        let counted = item.is(Ns::Text, "list-item") && own_paragraph;
        if counted {
            let number = match item.attr("start-value").and_then(|v| v.trim().parse().ok()) {
                Some(v) => v,
                None if counters.len() > depth => counters[depth] + 1,
                None => level.as_ref().map_or(1, |lv| lv.start),
            };
            // Levels above that no item gave a number show their start.
            while counters.len() < depth {
                counters.push(level_at(counters.len()).map_or(1, |lv| lv.start));
            }
            counters.truncate(depth);
            counters.push(number);
        }
        let mut own = Inline::default();
        for part in item.elements() {
            if part.is(Ns::Text, "p") || part.is(Ns::Text, "h") {
                runs(ctx, part, &mut own);
                own.line_break();
            }
        }
        let text = own.segments.join(" ");
        let label = level.as_ref().filter(|lv| counted && lv.style.counts()).map(|lv| {
            let from = counters.len().saturating_sub(lv.display_levels);
            let shown: Vec<String> = counters[from..].iter().map(|n| lv.style.format(*n)).collect();
            format!("{}{}{}", lv.prefix, shown.join("."), lv.suffix)
        });
        let text = match label {
            Some(l) if !text.trim().is_empty() => format!("{l} {text}"),
            _ => text,
        };
        // A heading numbered by an outline list (Writer saves Word's
        // numbered "Heading 1" so) is a heading, as Word shows it.
        match item_heading_level(ctx, item) {
            Some(level) => out.heading(level, &text),
            None => out.item(ordered, &text),
        }
        for nested in item.elements().filter(|p| p.is(Ns::Text, "list")) {
            list_at(
                ctx,
                nested,
                ordered,
                nested.attr("style-name").or(style),
                counters,
                depth + 1,
                out,
            );
        }
        out.extend(own.boxes);
    }
}

/// The heading level of a list item whose own text is a heading: a
/// `text:h`, or a paragraph in a heading style.
fn item_heading_level(ctx: &Ctx, item: &El) -> Option<u8> {
    item.elements().find_map(|p| match (p.ns, p.name.as_str()) {
        (Ns::Text, "h") => Some(
            p.attr("outline-level")
                .and_then(|v| v.trim().parse::<u8>().ok())
                .unwrap_or(1)
                .clamp(1, 6),
        ),
        (Ns::Text, "p") => p.attr("style-name").and_then(|s| ctx.heading_level(s)),
        _ => None,
    })
}

fn runs_of_children(ctx: &Ctx, el: &El, inline: &mut Inline) {
    for e in el.elements() {
        if e.is(Ns::Text, "p") || e.is(Ns::Text, "h") {
            runs(ctx, e, inline);
        }
    }
}

fn runs(ctx: &Ctx, el: &El, inline: &mut Inline) {
    for n in &el.children {
        let e = match n {
            Node::Text(t) => {
                inline.push_str(t);
                continue;
            }
            Node::El(e) => e,
        };
        match (e.ns, e.name.as_str()) {
            (Ns::Text, "s") => {
                let n = e.attr("c").and_then(|c| c.trim().parse::<usize>().ok()).unwrap_or(1);
                inline.push_str(&" ".repeat(n.clamp(1, 8)));
            }
            (Ns::Text, "tab") => inline.push_str("\t"),
            (Ns::Text, "span") if e.attr("style-name").is_some_and(|n| ctx.superscript.contains(n)) => {
                inline.push_superscript(&e.text());
            }
            (Ns::Text, "line-break") => inline.line_break(),
            (Ns::Text, "note") | (Ns::Office, "annotation") | (Ns::Text, "tracked-changes") => {}
            (Ns::Draw, "text-box") => {
                let mut boxed = Blocks::default();
                blocks(ctx, e, &mut boxed, None);
                inline.boxes.extend(boxed.finish());
            }
            (Ns::Draw, _) => runs_frames(ctx, e, inline),
            (Ns::Text, _) => runs(ctx, e, inline),
            _ => {}
        }
    }
}

/// Looks through drawing frames for text boxes (their text is not inline).
fn runs_frames(ctx: &Ctx, el: &El, inline: &mut Inline) {
    for e in el.elements() {
        if e.is(Ns::Draw, "text-box") {
            let mut boxed = Blocks::default();
            blocks(ctx, e, &mut boxed, None);
            inline.boxes.extend(boxed.finish());
        } else if e.ns == Ns::Draw {
            runs_frames(ctx, e, inline);
        }
    }
}

fn table(ctx: &Ctx, t: &El) -> Table {
    let mut rows = Vec::new();
    table_rows(ctx, t, false, &mut rows);
    Table { rows, page: None }
}

fn table_rows(ctx: &Ctx, el: &El, header: bool, rows: &mut Vec<Row>) {
    for e in el.elements().filter(|e| e.ns == Ns::Table) {
        match e.name.as_str() {
            "table-header-rows" => table_rows(ctx, e, true, rows),
            "table-rows" | "table-row-group" => table_rows(ctx, e, header, rows),
            "table-row" => {
                let mut cells = Vec::new();
                for c in e.elements().filter(|c| c.is(Ns::Table, "table-cell")) {
                    let num = |name: &str| {
                        c.attr(name)
                            .and_then(|v| v.trim().parse::<usize>().ok())
                            .unwrap_or(1)
                            .clamp(1, 1000)
                    };
                    let mut content = Blocks::default();
                    ctx.cell_depth.set(ctx.cell_depth.get().saturating_add(1));
                    blocks(ctx, c, &mut content, None);
                    ctx.cell_depth.set(ctx.cell_depth.get().saturating_sub(1));
                    let cell = Cell {
                        blocks: content.finish_cell(),
                        row_span: num("number-rows-spanned"),
                        col_span: num("number-columns-spanned"),
                        fill: c.attr("style-name").and_then(|s| ctx.cell_fill.get(s)).copied(),
                    };
                    let repeat = num("number-columns-repeated").min(MAX_REPEAT);
                    let text = if repeat > 1 { cell.text().len() } else { 0 };
                    for _ in 1..repeat {
                        if !ctx.may_repeat(text) {
                            break;
                        }
                        cells.push(cell.clone());
                    }
                    cells.push(cell);
                }
                rows.push(Row {
                    cells,
                    header,
                    page: None,
                });
            }
            _ => {}
        }
    }
}
