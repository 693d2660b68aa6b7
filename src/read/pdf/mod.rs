//! The PDF reader: page geometry to the one document model.
//!
//! An [`engine::PdfEngine`] draws each page into positioned glyphs and
//! ruling lines; [`page`] rebuilds each page's tables and lines; this module
//! removes page furniture, finds headings by font size, and joins tables
//! that run over pages, so the segmenter sees what it sees from HTML.

mod aligned;
mod char_grid;
mod checks;
mod collect;
mod columns;
pub mod engine;
mod fills;
mod fonts;
mod forms;
mod furniture;
mod grid;
mod gutters;
mod layout;
mod page;
mod quality;
mod refine;
mod rejoin;
mod repair;
mod shaded;
mod textops;
mod type1;
mod words;

use crate::model::{Block, Document, Table};
use crate::read::ReadError;

pub use collect::Glyph;
pub use engine::{PdfEngine, PdfExtractEngine};
pub use grid::Rect;
pub use page::PageTable;
pub use words::{drawn_glyphs, text_layer, words_of_glyphs, PageGlyphs, TextLayer, TextWord};

use layout::{blocks_of, Line};
use page::{layout_page, PageItem};

/// A content stream's operations: the plain shape by the fast parser, the
/// rest by lopdf's; None where neither can read it.
pub(super) fn parse_content(
    bytes: &[u8],
) -> Option<pdf_extract::content::Content<Vec<pdf_extract::content::Operation>>> {
    pdf_extract::fast_content::decode(bytes).or_else(|| pdf_extract::content::Content::decode(bytes).ok())
}

/// Settings for reading PDFs.
#[derive(Debug, Clone, Default)]
pub struct PdfOptions {
    /// The user password for an encrypted PDF.
    pub password: Option<String>,
}

/// A PDF read: the document and the tables with their geometry.
#[derive(Debug, Clone, Default)]
pub struct PdfRead {
    /// The document model.
    pub document: Document,
    /// Every table, joined over pages, with page and outline.
    pub tables: Vec<PageTable>,
    /// Notes for the user (pages that failed, text that could not be read).
    pub warnings: Vec<String>,
}

/// Reads a PDF's bytes into the document model.
pub fn read_pdf(bytes: &[u8], opts: &PdfOptions) -> Result<Document, ReadError> {
    let read = read_pdf_full(bytes, opts)?;
    for w in &read.warnings {
        tracing::warn!("{w}");
    }
    Ok(read.document)
}

/// Reads a PDF's bytes into the document model and its tables.
pub fn read_pdf_full(bytes: &[u8], opts: &PdfOptions) -> Result<PdfRead, ReadError> {
    let drawn = PdfExtractEngine.draw(bytes, opts.password.as_deref())?;
    let mut warnings: Vec<String> = drawn
        .failed_pages
        .iter()
        .map(|(n, why)| format!("page {n} could not be read: {why}"))
        .collect();
    let glyphs: usize = drawn.pages.iter().map(|p| p.glyphs.len()).sum();
    if glyphs == 0 {
        if !drawn.failed_pages.is_empty() && drawn.failed_pages.len() >= drawn.pages.len() {
            return Err(ReadError::Malformed(format!(
                "no page could be read ({})",
                drawn.failed_pages[0].1
            )));
        }
        return Err(ReadError::NoTextLayer);
    }
    warnings.extend(quality::page_warnings(&drawn.pages));
    let rotated: usize = drawn.pages.iter().map(|p| p.rotated).sum();
    if rotated > 0 {
        warnings.push(format!("{rotated} characters of rotated text were left out"));
    }
    let undecoded = drawn
        .pages
        .iter()
        .flat_map(|p| &p.glyphs)
        .filter(|g| g.text.contains('\u{fffd}') || g.text.is_empty())
        .count();
    if undecoded * 20 > glyphs {
        warnings.push(format!(
            "{undecoded} of {glyphs} characters have no Unicode mapping in their fonts; text may be garbled"
        ));
    }
    // Pages in order, each told the columns of a table the page before
    // ended with, so a borderless table can carry on.
    let mut pages: Vec<(u32, f64, Vec<PageItem>)> = Vec::new();
    let mut carried: Option<Vec<f64>> = None;
    for p in &drawn.pages {
        // Tables drawn with characters are read before the layout sees
        // their bars as text.
        let items = match char_grid::take_grids(p) {
            Some((rest, grids)) => {
                let mut items = layout_page(&rest, carried.as_deref());
                char_grid::place(&mut items, grids);
                items
            }
            None => layout_page(p, carried.as_deref()),
        };
        carried = ending_table(&items, p.height);
        pages.push((p.number, p.height, items));
    }
    furniture::remove(&mut pages);
    let body_size = body_font_size(&pages);
    let mut assembler = Assembler::new(body_size);
    for (number, _, items) in pages {
        assembler.page(number, items);
    }
    let (blocks, tables) = assembler.finish();
    Ok(PdfRead {
        document: Document {
            title: drawn.title,
            blocks,
            warnings: warnings.clone(),
        },
        tables,
        warnings,
    })
}

/// The column edges of the table a page ends with, where nothing but
/// furniture follows it.
fn ending_table(items: &[PageItem], height: f64) -> Option<Vec<f64>> {
    let last_table = items.iter().rposition(|i| matches!(i, PageItem::Table(_)))?;
    let PageItem::Table(t) = &items[last_table] else {
        return None;
    };
    let after_is_furniture = items[last_table + 1..]
        .iter()
        .all(|i| matches!(i, PageItem::Break(_)) || i.top() > height * 0.9);
    after_is_furniture.then(|| t.col_edges.clone())
}

/// The font size most characters outside tables are set in.
fn body_font_size(pages: &[(u32, f64, Vec<PageItem>)]) -> f64 {
    let mut counts: std::collections::BTreeMap<i64, usize> = Default::default();
    for (_, _, items) in pages {
        for item in items {
            if let PageItem::Line(l) = item {
                let chars: usize = l.words.iter().map(|w| w.text.chars().count()).sum();
                *counts.entry((l.size * 2.0).round() as i64).or_default() += chars;
            }
        }
    }
    counts
        .into_iter()
        .max_by_key(|(_, n)| *n)
        .map_or(11.0, |(s, _)| s as f64 / 2.0)
}

/// Builds the block list page by page.
struct Assembler {
    body_size: f64,
    heading_sizes: Vec<f64>,
    blocks: Vec<Block>,
    tables: Vec<PageTable>,
    /// Index in `blocks` of the table the last page ended with.
    open_table: Option<usize>,
}

impl Assembler {
    fn new(body_size: f64) -> Self {
        Assembler {
            body_size,
            heading_sizes: Vec::new(),
            blocks: Vec::new(),
            tables: Vec::new(),
            open_table: None,
        }
    }

    fn is_heading(&self, line: &Line) -> bool {
        line.size >= self.body_size * 1.15 && line.words.iter().any(|w| w.text.chars().any(char::is_alphabetic))
    }

    fn level(&mut self, size: f64) -> u8 {
        if !self.heading_sizes.iter().any(|s| (s - size).abs() < 0.6) {
            self.heading_sizes.push(size);
            self.heading_sizes.sort_by(|a, b| b.total_cmp(a));
        }
        let rank = self
            .heading_sizes
            .iter()
            .position(|s| (s - size).abs() < 0.6)
            .unwrap_or(0);
        (rank + 1).min(6) as u8
    }

    fn page(&mut self, number: u32, items: Vec<PageItem>) {
        let mut lines: Vec<Line> = Vec::new();
        let mut first = true;
        for item in items {
            match item {
                PageItem::Line(l) => {
                    lines.push(l);
                    first = false;
                }
                PageItem::Break(_) => self.flush_lines(&mut lines, number),
                PageItem::Table(t) if first && self.only_repeats_header(&t) => {
                    // The header repeated at the top of a page, drawn as a
                    // table of its own: the table above carries on below it.
                }
                PageItem::Table(t) => {
                    self.flush_lines(&mut lines, number);
                    let continues = first && self.continues(&t);
                    self.add_table(t, continues, first);
                    first = false;
                }
            }
        }
        let ended_with_table = lines.is_empty() && self.open_table_is_last();
        self.flush_lines(&mut lines, number);
        if !ended_with_table {
            self.open_table = None;
        }
    }

    fn only_repeats_header(&self, t: &PageTable) -> bool {
        let Some(prev) = self.open_table.and(self.tables.last()) else {
            return false;
        };
        let header = row_texts(&prev.table, 0);
        !header.iter().all(String::is_empty) && (0..t.table.rows.len()).all(|r| row_texts(&t.table, r) == header)
    }

    fn open_table_is_last(&self) -> bool {
        self.open_table.is_some_and(|i| i + 1 == self.blocks.len())
    }

    /// True where `t`, at the top of a page, carries on the table the
    /// previous page ended with: the same columns in the same places.
    fn continues(&self, t: &PageTable) -> bool {
        let Some(prev) = self.tables.last() else { return false };
        self.open_table.is_some()
            && prev.cols == t.cols
            && prev.col_edges.len() == t.col_edges.len()
            && prev
                .col_edges
                .iter()
                .zip(&t.col_edges)
                .all(|(a, b)| (a - b).abs() < 4.0)
    }

    fn add_table(&mut self, mut t: PageTable, continues: bool, page_top: bool) {
        if let (Some(i), Some(prev)) = (self.open_table, self.tables.last_mut()) {
            // A header row repeated at the top of the page is dropped.
            let header = row_texts(&prev.table, 0);
            let repeated =
                !t.table.rows.is_empty() && !header.iter().all(String::is_empty) && row_texts(&t.table, 0) == header;
            if continues {
                if repeated {
                    t.table.rows.remove(0);
                }
                // A row cut by the page break is rejoined with its tail.
                let first_new = prev.table.rows.len();
                prev.table.rows.extend(t.table.rows);
                rejoin::rejoin(&mut prev.table, first_new);
                if let Block::Table(b) = &mut self.blocks[i] {
                    *b = prev.table.clone();
                }
                return;
            }
            if page_top {
                // Laid out anew on this page (other column widths): keep it a
                // table of its own, but still give a cut row back its tail.
                let tail = usize::from(repeated);
                if rejoin::rejoin_across(&mut prev.table, &mut t.table, tail) {
                    if let Block::Table(b) = &mut self.blocks[i] {
                        *b = prev.table.clone();
                    }
                }
            }
        }
        self.blocks.push(Block::Table(t.table.clone()));
        self.open_table = Some(self.blocks.len() - 1);
        self.tables.push(t);
    }

    fn flush_lines(&mut self, lines: &mut Vec<Line>, page: u32) {
        let mut run: Vec<Line> = Vec::new();
        let mut heading: Vec<Line> = Vec::new();
        for line in lines.drain(..) {
            if self.is_heading(&line) {
                if !run.is_empty() {
                    self.blocks.extend(blocks_of(&run, Some(page)));
                    run.clear();
                }
                let same = heading
                    .last()
                    .is_some_and(|h: &Line| (h.size - line.size).abs() < 0.6 && line.top - h.bottom < 0.9 * line.size);
                if !same {
                    self.flush_heading(&mut heading, page);
                }
                heading.push(line);
            } else {
                self.flush_heading(&mut heading, page);
                run.push(line);
            }
        }
        self.flush_heading(&mut heading, page);
        if !run.is_empty() {
            self.blocks.extend(blocks_of(&run, Some(page)));
        }
    }

    fn flush_heading(&mut self, heading: &mut Vec<Line>, page: u32) {
        if heading.is_empty() {
            return;
        }
        let size = heading[0].size;
        let text = heading.iter().map(Line::text).collect::<Vec<_>>().join(" ");
        heading.clear();
        let level = self.level(size);
        self.blocks.push(Block::Heading {
            level,
            text: crate::model::collapse_ws(&text),
            page: Some(page),
        });
    }

    fn finish(mut self) -> (Vec<Block>, Vec<PageTable>) {
        join_paragraphs_over_pages(&mut self.blocks);
        (self.blocks, self.tables)
    }
}

/// A paragraph (or a list's last item) cut by a page break, rejoined: the
/// last paragraph of a page and the first of the next are one where the
/// first stops mid-sentence
/// (an open bracket, a joining mark, no closing punctuation before a
/// lower-case start).
fn join_paragraphs_over_pages(blocks: &mut Vec<Block>) {
    let mut i = 0;
    while i + 1 < blocks.len() {
        let next_page = |pa: &Option<u32>, pb: &Option<u32>| pa.is_some() && pb.map(|p| Some(p - 1)) == Some(*pa);
        let joins = match (&blocks[i], &blocks[i + 1]) {
            (Block::Paragraph { text: a, page: pa }, Block::Paragraph { text: b, page: pb }) => {
                next_page(pa, pb) && cut_mid_sentence(a, b)
            }
            // A list item cut by the page: its last item carries on.
            (Block::List { items, page: pa, .. }, Block::Paragraph { text: b, page: pb }) => {
                next_page(pa, pb) && items.last().is_some_and(|a| cut_mid_sentence(a, b))
            }
            _ => false,
        };
        if !joins {
            i += 1;
            continue;
        }
        let Block::Paragraph { text: more, .. } = blocks.remove(i + 1) else {
            continue;
        };
        match &mut blocks[i] {
            Block::Paragraph { text, .. } => *text = format!("{text} {more}"),
            Block::List { items, .. } => {
                if let Some(last) = items.last_mut() {
                    *last = format!("{last} {more}");
                }
            }
            _ => {}
        }
    }
}

/// True where `a` stops mid-sentence and `b` carries it on.
fn cut_mid_sentence(a: &str, b: &str) -> bool {
    let a = a.trim_end();
    let open_brackets = a.matches('(').count() > a.matches(')').count();
    let joining = a.ends_with([',', ';', ':', '–', '-', '(']);
    let unfinished = !a.ends_with(['.', '!', '?', ')', '”', '"']);
    let lower = b.trim_start().starts_with(|c: char| c.is_lowercase());
    open_brackets || joining || (unfinished && lower)
}

/// The texts of a row's cells.
fn row_texts(t: &Table, r: usize) -> Vec<String> {
    t.rows
        .get(r)
        .map(|row| row.cells.iter().map(|c| c.text()).collect())
        .unwrap_or_default()
}
