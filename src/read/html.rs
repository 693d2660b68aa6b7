//! HTML reader: a council web page or exported HTML to the document model.
//!
//! Page furniture (nav, header, footer, aside, cookie banners, scripts) is
//! skipped; headings, paragraphs, lists, definition lists and tables (with
//! `rowspan`/`colspan`) become model blocks. `<br>` splits a paragraph, as a
//! line break in a cell usually separates a title from its text.

use std::collections::HashMap;
use std::rc::Rc;

use scraper::{ElementRef, Html, Node};

use crate::model::{collapse_ws, Block, Cell, Document, Rgb, Row, Table};
use crate::read::list_numbers::NumberStyle;

/// Elements whose content is never part of the document.
const SKIPPED: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "select", "svg",
    "iframe", "head", "title", "meta", "link",
];

/// Class or id fragments that mark page furniture on council sites.
const FURNITURE_MARKERS: &[&str] = &[
    "cookie",
    "banner",
    "breadcrumb",
    "skip-link",
    "site-header",
    "site-footer",
    "navbar",
    "menu",
];

/// Deepest element nesting walked block by block; anything deeper is read
/// as the inline text of its element. Real plans nest a few levels; a
/// hostile or broken page may nest thousands, which would overflow the
/// reader thread's stack if walked recursively.
const MAX_DEPTH: usize = 64;

/// Characters of text, outside nested tables, from which a cell holding a
/// table reads as a region of the page (running prose around the table)
/// rather than an action cell with a milestone table inside it.
const LAYOUT_PROSE_CHARS: usize = 400;

/// Reads an HTML document (already decoded to text).
pub fn read_html(html: &str) -> Document {
    let html = super::inline::superscripts(html);
    let dom = Html::parse_document(&html);
    let title = dom
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .find(|e| e.value().name() == "title")
        .map(|e| collapse_ws(&e.text().collect::<String>()))
        .filter(|t| !t.is_empty());
    let mut blocks = Vec::new();
    let mut walker = Walker {
        class_fills: Rc::new(class_fills(&dom)),
        ..Walker::default()
    };
    walker.children(dom.root_element(), &mut blocks);
    walker.flush(&mut blocks);
    Document {
        title,
        blocks,
        warnings: Vec::new(),
    }
}

/// Walks the DOM collecting blocks; holds the inline text not yet flushed.
#[derive(Default)]
struct Walker {
    inline: String,
    /// How many elements deep the walk is, tables and lists included.
    depth: usize,
    /// Background colours the page's style sheet gives each class.
    class_fills: Rc<HashMap<String, Rgb>>,
}

impl Walker {
    fn flush(&mut self, out: &mut Vec<Block>) {
        let text = collapse_ws(&self.inline);
        self.inline.clear();
        if !text.is_empty() {
            out.push(Block::Paragraph { text, page: None });
        }
    }

    fn children(&mut self, el: ElementRef<'_>, out: &mut Vec<Block>) {
        self.depth += 1;
        for child in el.children() {
            match child.value() {
                Node::Text(t) => self.inline.push_str(t),
                Node::Element(_) => {
                    if let Some(e) = ElementRef::wrap(child) {
                        self.element(e, out);
                    }
                }
                _ => {}
            }
        }
        self.depth -= 1;
    }

    fn element(&mut self, e: ElementRef<'_>, out: &mut Vec<Block>) {
        let name = e.value().name();
        if SKIPPED.contains(&name) || is_furniture(e) {
            return;
        }
        if self.depth >= MAX_DEPTH {
            // Too deep to walk: its text, without recursion.
            self.inline.push(' ');
            self.inline.push_str(&inline_text(e));
            self.inline.push(' ');
            return;
        }
        match name {
            "br" => self.flush(out),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.flush(out);
                let text = inline_text(e);
                if !text.is_empty() {
                    let level = name[1..].parse().unwrap_or(6);
                    out.push(Block::Heading {
                        level,
                        text,
                        page: None,
                    });
                }
            }
            "ul" | "ol" | "menu" => {
                self.flush(out);
                let items = list_items(e, self.depth);
                if !items.is_empty() {
                    out.push(Block::List {
                        ordered: name == "ol",
                        items,
                        page: None,
                    });
                }
            }
            "table" if is_layout_table(e) => {
                // A layout table gives way to its contents: each cell is
                // read as a part of the page, in reading order, so the
                // tables inside it become blocks of their own.
                self.flush(out);
                self.depth += 1;
                for cell in table_cells(e) {
                    self.children(cell, out);
                    self.flush(out);
                }
                self.depth -= 1;
            }
            "table" => {
                self.flush(out);
                let table = self.read_table(e);
                if !table.rows.is_empty() {
                    out.push(Block::Table(table));
                }
            }
            "pre" => {
                // Preformatted text keeps its lines: a blank line between
                // two runs of text is a paragraph break (an e-mail, a
                // converted document).
                self.flush(out);
                let raw: String = e.text().collect();
                for para in raw.split("\n\n").map(collapse_ws).filter(|p| !p.is_empty()) {
                    out.push(Block::Paragraph { text: para, page: None });
                }
            }
            "p" | "div" | "section" | "article" | "main" | "body" | "html" | "blockquote" | "dl" | "dt" | "dd"
            | "li" | "figure" | "figcaption" | "caption" | "center" | "address" | "details" | "summary"
            | "fieldset" | "hr" => {
                self.flush(out);
                self.children(e, out);
                self.flush(out);
            }
            _ => {
                // A styled inline box (a badge, a reference chip) stands
                // apart from its neighbours on screen: "3.1" then "Green",
                // not "3.1Green".
                let boxed = e.value().attr("class").is_some() || e.value().attr("style").is_some();
                if boxed {
                    self.inline.push(' ');
                }
                self.children(e, out);
                if boxed {
                    self.inline.push(' ');
                }
            }
        }
    }
}

/// The `td`/`th` cells of a table's own rows (through `thead`, `tbody`,
/// `tfoot`), row by row: not those of tables nested in them.
fn table_cells(table: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    let mut cells = Vec::new();
    let mut stack = vec![table];
    while let Some(el) = stack.pop() {
        for child in el.children().filter_map(ElementRef::wrap) {
            match child.value().name() {
                "thead" | "tbody" | "tfoot" => stack.push(child),
                "tr" => cells.extend(
                    child
                        .children()
                        .filter_map(ElementRef::wrap)
                        .filter(|c| matches!(c.value().name(), "td" | "th")),
                ),
                _ => {}
            }
        }
    }
    // The stack visits sections out of order only when a table has more
    // than one; keep document order.
    cells.sort_by_key(|c| c.id());
    cells
}

/// True for a table used to lay out a page rather than to tabulate: one of
/// its cells holds a table of its own and the table is a frame around it –
/// one column (a page table: header row, content row, footer row), or the
/// table-holding cell is a region of the page (headings, more than one
/// table, or long prose besides). A table whose cells merely carry a
/// milestone table beside short text (an action cell) is a real table.
fn is_layout_table(table: ElementRef<'_>) -> bool {
    let cells = table_cells(table);
    let holders: Vec<_> = cells.iter().filter(|c| nested_tables(**c) > 0).collect();
    if holders.is_empty() {
        return false;
    }
    let one_column = {
        let mut stack = vec![table];
        let mut widest = 0;
        while let Some(el) = stack.pop() {
            for child in el.children().filter_map(ElementRef::wrap) {
                match child.value().name() {
                    "thead" | "tbody" | "tfoot" => stack.push(child),
                    "tr" => {
                        let n: usize = child
                            .children()
                            .filter_map(ElementRef::wrap)
                            .filter(|c| matches!(c.value().name(), "td" | "th"))
                            .map(|c| {
                                c.value()
                                    .attr("colspan")
                                    .and_then(|v| v.trim().parse().ok())
                                    .unwrap_or(1)
                            })
                            .sum();
                        widest = widest.max(n);
                    }
                    _ => {}
                }
            }
        }
        widest <= 1
    };
    one_column
        || holders.iter().any(|c| {
            nested_tables(**c) > 1
                || has_heading(**c)
                || text_outside_tables(**c)
                    .chars()
                    .filter(|ch| !ch.is_whitespace())
                    .count()
                    >= LAYOUT_PROSE_CHARS
        })
}

/// Elements below `el`, not descending into nested tables: the table
/// elements themselves are yielded.
fn outside_tables(el: ElementRef<'_>) -> Vec<ElementRef<'_>> {
    let mut found = Vec::new();
    let mut stack: Vec<_> = el.children().filter_map(ElementRef::wrap).collect();
    while let Some(e) = stack.pop() {
        found.push(e);
        if e.value().name() != "table" {
            stack.extend(e.children().filter_map(ElementRef::wrap));
        }
    }
    found
}

/// How many tables sit in `el` at the first level (not inside each other).
fn nested_tables(el: ElementRef<'_>) -> usize {
    outside_tables(el)
        .iter()
        .filter(|e| e.value().name() == "table")
        .count()
}

/// True when `el` holds a heading outside any nested table.
fn has_heading(el: ElementRef<'_>) -> bool {
    outside_tables(el)
        .iter()
        .any(|e| matches!(e.value().name(), "h1" | "h2" | "h3" | "h4" | "h5" | "h6"))
}

/// The text of `el` leaving out that of nested tables.
fn text_outside_tables(el: ElementRef<'_>) -> String {
    let mut text = String::new();
    let mut stack = vec![*el];
    while let Some(node) = stack.pop() {
        for child in node.children().rev() {
            match child.value() {
                Node::Text(t) => text.push_str(t),
                Node::Element(e) if e.name() != "table" => stack.push(child),
                _ => {}
            }
        }
    }
    text
}

/// True for elements whose class or id marks them as site furniture.
fn is_furniture(e: ElementRef<'_>) -> bool {
    let v = e.value();
    let mut names = v.classes().map(str::to_ascii_lowercase).collect::<Vec<_>>();
    if let Some(id) = v.id() {
        names.push(id.to_ascii_lowercase());
    }
    if v.attr("role").is_some_and(|r| r == "navigation" || r == "banner") {
        return true;
    }
    names.iter().any(|n| FURNITURE_MARKERS.iter().any(|m| n.contains(m)))
}

/// All text under an element on one line.
fn inline_text(e: ElementRef<'_>) -> String {
    collapse_ws(&e.text().collect::<Vec<_>>().join(" "))
}

/// How an `<ol>` numbers its items: the first number, the step (-1 when
/// `reversed`) and the style (`type`: 1, a, A, i, I).
fn ol_numbering(list: ElementRef<'_>) -> Option<(i64, i64, NumberStyle)> {
    let el = list.value();
    if el.name() != "ol" {
        return None;
    }
    let style = el.attr("type").map_or(NumberStyle::Decimal, NumberStyle::from_letter);
    let reversed = el.attr("reversed").is_some();
    let count = list
        .children()
        .filter_map(ElementRef::wrap)
        .filter(|c| c.value().name() == "li")
        .count() as i64;
    let start = el
        .attr("start")
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or(if reversed { count } else { 1 });
    Some((start, if reversed { -1 } else { 1 }, style))
}

/// The items of a list; a nested list's items follow their parent item.
/// An `<ol>`'s items carry the numbers a browser prints before them ("1.",
/// "b.", honouring `start`, `type`, `reversed` and an item's `value`).
fn list_items(list: ElementRef<'_>, depth: usize) -> Vec<String> {
    let mut items = Vec::new();
    let numbering = ol_numbering(list);
    let mut next = numbering.map_or(1, |(start, _, _)| start);
    for li in list.children().filter_map(ElementRef::wrap) {
        if li.value().name() != "li" {
            continue;
        }
        let label = numbering.map(|(_, step, style)| {
            if let Some(v) = li.value().attr("value").and_then(|v| v.trim().parse::<i64>().ok()) {
                next = v;
            }
            let n = next;
            next += step;
            match u32::try_from(n) {
                Ok(n) if n > 0 && style.counts() => format!("{}.", style.format(n)),
                Ok(_) | Err(_) if style.counts() => format!("{n}."),
                _ => String::new(),
            }
        });
        let mut own = String::new();
        let mut nested = Vec::new();
        for node in li.children() {
            match node.value() {
                Node::Text(t) => own.push_str(t),
                Node::Element(el) if matches!(el.name(), "ul" | "ol") && depth < MAX_DEPTH => {
                    nested.extend(list_items(ElementRef::wrap(node).expect("element"), depth + 1));
                }
                Node::Element(_) => {
                    let child = ElementRef::wrap(node).expect("element");
                    own.push(' ');
                    own.push_str(&inline_text(child));
                    own.push(' ');
                }
                _ => {}
            }
        }
        let own = collapse_ws(&own);
        if !own.is_empty() {
            items.push(match label.filter(|l| !l.is_empty()) {
                Some(l) => format!("{l} {own}"),
                None => own,
            });
        }
        items.extend(nested);
    }
    items
}

impl Walker {
    /// Reads a `<table>`: rows from thead/tbody/tfoot in order, spans kept.
    fn read_table(&self, table: ElementRef<'_>) -> Table {
        let mut rows = Vec::new();
        self.collect_rows(table, false, &mut rows, self.depth + 1);
        Table { rows, page: None }
    }

    fn collect_rows(&self, el: ElementRef<'_>, in_head: bool, rows: &mut Vec<Row>, depth: usize) {
        for child in el.children().filter_map(ElementRef::wrap) {
            match child.value().name() {
                "thead" if depth < MAX_DEPTH => self.collect_rows(child, true, rows, depth + 1),
                "tbody" | "tfoot" if depth < MAX_DEPTH => self.collect_rows(child, false, rows, depth + 1),
                "tr" => {
                    let cells: Vec<_> = child
                        .children()
                        .filter_map(ElementRef::wrap)
                        .filter(|c| matches!(c.value().name(), "td" | "th"))
                        .collect();
                    if cells.is_empty() {
                        continue;
                    }
                    let all_th = cells.iter().all(|c| c.value().name() == "th");
                    rows.push(Row {
                        cells: cells.into_iter().map(|c| self.read_cell(c, depth + 1)).collect(),
                        header: in_head || all_th,
                        page: None,
                    });
                }
                _ => {}
            }
        }
    }

    fn read_cell(&self, td: ElementRef<'_>, depth: usize) -> Cell {
        let span = |name: &str| {
            td.value()
                .attr(name)
                .and_then(|v| v.trim().parse::<usize>().ok())
                .map(|n| n.clamp(1, 1000))
                .unwrap_or(1)
        };
        let mut blocks = Vec::new();
        let mut walker = Walker {
            inline: String::new(),
            depth,
            class_fills: Rc::clone(&self.class_fills),
        };
        walker.children(td, &mut blocks);
        walker.flush(&mut blocks);
        // A table nested in a cell is kept as a table, one level deep.
        for b in &mut blocks {
            if let Block::Table(t) = b {
                t.flatten_nested();
            }
        }
        Cell {
            blocks,
            row_span: span("rowspan"),
            col_span: span("colspan"),
            fill: self.cell_fill(td),
        }
    }

    /// A cell's background: its own, else that of a badge inside it (the
    /// first element below it that paints one), nested tables left out.
    fn cell_fill(&self, td: ElementRef<'_>) -> Option<Rgb> {
        self.fill_of(td).or_else(|| {
            td.descendants()
                .take(2_000)
                .filter_map(ElementRef::wrap)
                .skip(1)
                .take_while(|e| e.value().name() != "table")
                .find_map(|e| self.fill_of(e))
        })
    }

    /// The background an element paints: inline `style`, `bgcolor`, or a
    /// class the page's style sheet colours.
    fn fill_of(&self, e: ElementRef<'_>) -> Option<Rgb> {
        let v = e.value();
        v.attr("style")
            .and_then(background_in_declarations)
            .or_else(|| v.attr("bgcolor").and_then(Rgb::from_css))
            .or_else(|| {
                v.classes()
                    .find_map(|c| self.class_fills.get(&c.to_ascii_lowercase()).copied())
            })
    }
}

/// The background colour a list of CSS declarations sets
/// ("background-color: #ffc000; color: #000").
fn background_in_declarations(style: &str) -> Option<Rgb> {
    style.split(';').find_map(|decl| {
        let (name, value) = decl.split_once(':')?;
        let name = name.trim().to_ascii_lowercase();
        if name != "background" && name != "background-color" {
            return None;
        }
        // `background` may list several values: the colour is one of them.
        let value = value.replace("!important", "");
        Rgb::from_css(value.trim()).or_else(|| value.split_whitespace().find_map(Rgb::from_css))
    })
}

/// The background colour each class is given by the page's `<style>`
/// sheets: simple rules only (`.rag-red { background: #d62d20 }`,
/// `td.amber, .chip.amber { background-color: ... }`), the class named last
/// in each selector taking the colour.
fn class_fills(dom: &Html) -> HashMap<String, Rgb> {
    let mut fills = HashMap::new();
    for style in dom
        .root_element()
        .descendants()
        .filter_map(ElementRef::wrap)
        .filter(|e| e.value().name() == "style")
        .take(50)
    {
        let css: String = style.text().collect();
        for rule in css.split('}').take(10_000) {
            let Some((selectors, body)) = rule.split_once('{') else {
                continue;
            };
            let Some(colour) = background_in_declarations(body) else {
                continue;
            };
            for selector in selectors.split(',') {
                let last = selector.split_whitespace().last().unwrap_or("");
                if let Some(class) = last.rsplit('.').next().filter(|_| last.contains('.')) {
                    let class = class.split([':', '[', '>']).next().unwrap_or("").to_ascii_lowercase();
                    if !class.is_empty() {
                        fills.insert(class, colour);
                    }
                }
            }
        }
    }
    fills
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skips_furniture_and_reads_blocks() {
        let doc = read_html(
            "<html><head><title>T</title></head><body><nav>Menu</nav>\
             <div class='cookie-banner'>Accept</div><h1>Plan</h1><p>Intro<br>more</p>\
             <ul><li>a<ul><li>b</li></ul></li></ul><footer>f</footer></body></html>",
        );
        assert_eq!(doc.title.as_deref(), Some("T"));
        let texts: Vec<_> = doc.blocks.iter().map(Block::text).collect();
        assert_eq!(texts, vec!["Plan", "Intro", "more", "• a • b"]);
    }

    /// A layout table gives way to its contents; a real table keeps a
    /// table nested in a cell. Each case: the page, then the blocks as
    /// "T<rows>" for a table, "P" for a paragraph, "H" for a heading.
    #[test]
    fn layout_tables_give_way_to_their_contents() {
        let shape = |html: &str| {
            read_html(html)
                .blocks
                .iter()
                .map(|b| match b {
                    Block::Table(t) => format!("T{}", t.rows.len()),
                    Block::Paragraph { .. } => "P".into(),
                    Block::Heading { .. } => "H".into(),
                    Block::List { .. } => "L".into(),
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let plan = "<table><tr><th>Action</th><th>Lead</th></tr><tr><td>Do it</td><td>CEO</td></tr></table>";
        let cases: &[(&str, String, &str)] = &[
            // One-column page table: header row, content row, footer row.
            (
                "page table",
                format!("<table><tr><td>Logo</td></tr><tr><td><p>Intro</p>{plan}</td></tr><tr><td>Foot</td></tr></table>"),
                "P P T2 P",
            ),
            // Two-column layout: a menu cell and a content cell with headings.
            (
                "menu and content",
                format!("<table><tr><td>Menu</td><td><h2>Appendix</h2>{plan}</td></tr></table>"),
                "P H T2",
            ),
            // Nested twice: page table > layout table > content cell.
            (
                "nested layouts",
                format!("<table><tr><td><table><tr><td>m</td><td><h2>A</h2>{plan}{plan}</td></tr></table></td></tr></table>"),
                "P H T2 T2",
            ),
            // Must not fire: a milestone table in an action cell stays nested.
            (
                "milestones in an action cell",
                "<table><tr><th>Action</th><th>Lead</th></tr><tr><td>Build it<table><tr><td>Q1</td><td>Design</td></tr></table></td><td>CEO</td></tr></table>".into(),
                "T2",
            ),
            // Must not fire: a one-column boxed note with no table inside.
            ("boxed note", "<table><tr><td><p>Note: read this.</p></td></tr></table>".into(), "T1"),
        ];
        for (name, html, want) in cases {
            assert_eq!(shape(html), *want, "{name}");
        }
    }

    #[test]
    fn reads_table_spans_and_header() {
        let doc = read_html(
            "<table><thead><tr><th>No</th><th>Action</th></tr></thead>\
             <tbody><tr><td rowspan=2>1</td><td><p>x</p><p>y</p></td></tr><tr><td>z</td></tr></tbody></table>",
        );
        let Block::Table(t) = &doc.blocks[0] else {
            panic!("no table")
        };
        assert!(t.rows[0].header);
        assert_eq!(t.rows[1].cells[0].row_span, 2);
        assert_eq!(t.rows[1].cells[1].text(), "x y");
        assert_eq!(t.rows[2].cells[0].text(), "z");
    }

    #[test]
    fn cell_fills_from_style_bgcolor_and_classes() {
        let doc = read_html(
            "<style>.rag-red { font-weight: bold; background: #d62d20; }\n table.plan td.amber { background-color: rgb(255, 192, 0) }</style>\
             <table><tr><td style='background-color:#00b050'></td><td bgcolor='#ff0000'></td>\
             <td class='amber'>x</td><td><span class='rag-red'>Red</span></td><td>plain</td></tr></table>",
        );
        let Block::Table(t) = &doc.blocks[0] else {
            panic!("no table")
        };
        let fills: Vec<_> = t.rows[0].cells.iter().map(|c| c.fill).collect();
        assert_eq!(
            fills,
            vec![
                Some(Rgb(0, 176, 80)),
                Some(Rgb(255, 0, 0)),
                Some(Rgb(255, 192, 0)),
                Some(Rgb(214, 45, 32)),
                None
            ]
        );
    }

    /// Thousands of nested tables, lists or divs are read, on a small
    /// stack, without overflowing it; the innermost text survives.
    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        let depth = 5000;
        for (open, close) in [
            ("<table><tr><td>", "</td></tr></table>"),
            ("<ul><li>", "</li></ul>"),
            ("<div><span>", "</span></div>"),
        ] {
            let html = format!("<body>{}deep{}</body>", open.repeat(depth), close.repeat(depth));
            let doc = std::thread::Builder::new()
                .stack_size(2 * 1024 * 1024)
                .spawn(move || read_html(&html))
                .unwrap()
                .join()
                .expect("no overflow");
            let text: String = doc.blocks.iter().map(Block::text).collect();
            assert!(text.contains("deep"), "{open}: {text:.200}");
        }
    }
}
