//! The text layer alone: every word the reader sees on each page, with its
//! box, before any table or paragraph is built from them.
//!
//! This is what the text-layer harness (`examples/textlayer.rs`,
//! `benches/textlayer.sh`) compares with poppler's `pdftotext -bbox-layout`:
//! when the words or their places are wrong, nothing built on them can be
//! right, so they are measured on their own.

use super::collect::{Glyph, RawPage};
use super::engine::{PdfEngine, PdfExtractEngine};
use super::layout::{lines_of, Spacing};
use crate::read::ReadError;

/// One word on a page, in points from the page's top-left corner.
#[derive(Debug, Clone, PartialEq)]
pub struct TextWord {
    /// 1-based page number.
    pub page: u32,
    /// The word's text.
    pub text: String,
    /// Left edge.
    pub x0: f64,
    /// Top (the ascender of its tallest glyph, estimated from the font size).
    pub top: f64,
    /// Right edge.
    pub x1: f64,
    /// Bottom (the descender, estimated likewise).
    pub bottom: f64,
}

/// A document's text layer: its pages' sizes and words.
#[derive(Debug, Clone, Default)]
pub struct TextLayer {
    /// (page number, width, height) of each page drawn, in order.
    pub pages: Vec<(u32, f64, f64)>,
    /// Every word, page by page, top to bottom, left to right.
    pub words: Vec<TextWord>,
    /// Pages the interpreter could not draw, with the reason.
    pub failed_pages: Vec<(u32, String)>,
}

/// Reads the words of every page of a PDF, split into words the way the
/// reader's layout does (space glyphs and gaps), without building tables.
pub fn text_layer(bytes: &[u8], password: Option<&str>) -> Result<TextLayer, ReadError> {
    let drawn = PdfExtractEngine.draw(bytes, password)?;
    let mut layer = TextLayer {
        failed_pages: drawn.failed_pages,
        ..TextLayer::default()
    };
    for page in &drawn.pages {
        layer.pages.push((page.number, page.width, page.height));
        layer.words.extend(page_words(page));
    }
    Ok(layer)
}

/// One page's glyphs as drawn: (page number, width, height, glyphs).
pub type PageGlyphs = (u32, f64, f64, Vec<Glyph>);

/// The glyphs pdf-extract draws on each page, as (page number, width,
/// height, glyphs): what [`words_of_glyphs`] takes, so that another
/// interpreter's glyphs can be split into words the same way and compared
/// (`benches/engines`).
pub fn drawn_glyphs(bytes: &[u8], password: Option<&str>) -> Result<Vec<PageGlyphs>, ReadError> {
    let drawn = PdfExtractEngine.draw(bytes, password)?;
    Ok(drawn
        .pages
        .into_iter()
        .map(|p| (p.number, p.width, p.height, p.glyphs))
        .collect())
}

/// Words of one page from its glyphs alone (no ruling lines to part them),
/// split as [`text_layer`] splits them: for comparing interpreters on the
/// same word builder.
pub fn words_of_glyphs(page: u32, glyphs: Vec<Glyph>) -> Vec<TextWord> {
    let mut raw = RawPage::default();
    raw.number = page;
    raw.glyphs = glyphs;
    page_words(&raw)
}

/// One page's words, as [`text_layer`] gives them.
fn page_words(page: &RawPage) -> Vec<TextWord> {
    let mut words = Vec::new();
    let spacing = Spacing::of(&page.glyphs);
    // Glyphs on either side of a drawn vertical rule are never one word
    // (the table reader reads each ruled cell on its own): group them
    // by how many such rules lie to their left.
    let mut groups: std::collections::BTreeMap<usize, Vec<&Glyph>> = Default::default();
    for g in &page.glyphs {
        let left = page
            .rules
            .iter()
            .filter(|r| !r.horizontal && !r.shade && r.at < g.cx() && (r.from..=r.to).contains(&g.cy()))
            .count();
        groups.entry(left).or_default().push(g);
    }
    for line in groups.values().flat_map(|glyphs| lines_of(glyphs, spacing)) {
        for w in line.words {
            // A gap inside a word as wide as a column gutter parts two
            // cells' words (the table reader splits them there too).
            let mut start = (0, w.x0);
            let ends = w.gaps.iter().map(|&(a, b, at)| (at, a, b));
            for (at, x1, next_x0) in ends.chain([(w.text.len(), w.x1, w.x1)]) {
                let Some(text) = w.text.get(start.0..at) else { continue };
                if !text.trim().is_empty() {
                    words.push(TextWord {
                        page: page.number,
                        top: line.baseline - 0.8 * w.size,
                        bottom: line.baseline + 0.2 * w.size,
                        text: text.to_string(),
                        x0: start.1,
                        x1,
                    });
                }
                start = (at, next_x0);
            }
        }
    }
    words
}
