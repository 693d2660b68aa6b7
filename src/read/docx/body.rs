//! WordprocessingML (word/document.xml) to model blocks.
//!
//! Paragraph styles decide headings and lists (tables are `table.rs`'s).
//! Tracked changes read as accepted: inserted text is kept, deleted text
//! dropped. Text boxes and content controls are read; field codes, hidden
//! text, comments, footnotes and tables of contents are not, nor is a
//! footnote mark typed as superscript text ("Cabinet²"). A hard line break
//! parts a paragraph into lines, and so does a tab between two phrases in a
//! table cell.

use super::build::Blocks;
use super::numbering::Numbering;
use super::styles::{ilvl, num_id, outline_level, StyleList, Styles};
use super::table;
use super::xml::{El, Ns};
use crate::model::Block;
use crate::read::inline::is_footnote_mark;

/// What the walker needs from the package besides the body.
#[derive(Clone, Copy)]
pub struct Ctx<'a> {
    /// Paragraph styles.
    pub styles: &'a Styles,
    /// List numbering definitions.
    pub numbering: &'a Numbering,
    /// True inside a table cell, where a tab between two phrases sets them
    /// apart as two lines would (two posts in a lead cell).
    pub in_cell: bool,
}

/// Reads the blocks of a block container (`w:body`, `w:tc`, `w:txbxContent`).
pub fn read_blocks(ctx: &Ctx<'_>, container: &El) -> Vec<Block> {
    let mut out = Blocks::default();
    blocks(ctx, container, &mut out);
    out.finish()
}

/// Reads a block container's children into `out`.
pub(super) fn blocks(ctx: &Ctx<'_>, container: &El, out: &mut Blocks) {
    for e in container.elements() {
        if e.ns == Ns::Mc && e.name == "AlternateContent" {
            if let Some(branch) = alternate(e) {
                blocks(ctx, branch, out);
            }
            continue;
        }
        if e.ns != Ns::W {
            continue;
        }
        match e.name.as_str() {
            "p" => paragraph(ctx, e, out),
            "tbl" => {
                let t = table::read_table(ctx, e);
                if !t.rows.is_empty() {
                    out.push(Block::Table(t));
                }
            }
            "sdt" if !is_toc_control(e) && !shows_placeholder(e) => {
                if let Some(content) = e.child(Ns::W, "sdtContent") {
                    blocks(ctx, content, out);
                }
            }
            "customXml" | "ins" | "moveTo" | "smartTag" => blocks(ctx, e, out),
            _ => {}
        }
    }
}

/// True for a content control holding a table of contents (navigation, as
/// the HTML reader skips nav; its entries would read as headings' echoes).
fn is_toc_control(sdt: &El) -> bool {
    sdt.child(Ns::W, "sdtPr")
        .and_then(|p| p.find(Ns::W, "docPartGallery"))
        .and_then(|g| g.attr("val"))
        .is_some_and(|v| v.eq_ignore_ascii_case("Table of Contents"))
}

/// True for a content control still showing its placeholder text
/// (`w:showingPlcHdr`): nothing was filled in.
pub(super) fn shows_placeholder(sdt: &El) -> bool {
    sdt.child(Ns::W, "sdtPr")
        .and_then(|p| p.child(Ns::W, "showingPlcHdr"))
        .is_some_and(|v| on(v.attr("val")))
}

/// The branch of `mc:AlternateContent` to read: the first choice, else the fallback.
fn alternate(e: &El) -> Option<&El> {
    e.child(Ns::Mc, "Choice").or_else(|| e.child(Ns::Mc, "Fallback"))
}

/// A paragraph's text split at line breaks, and the blocks of its text boxes
/// (shared by the Word and OpenDocument readers).
#[derive(Default)]
pub(super) struct Inline {
    pub(super) segments: Vec<String>,
    pub(super) boxes: Vec<Block>,
    /// A footnote mark was just dropped: punctuation after it closes up
    /// to the word before ("Freeport² , which" reads "Freeport, which").
    after_mark: bool,
}

impl Inline {
    pub(super) fn push_str(&mut self, s: &str) {
        let mut s = s;
        if std::mem::take(&mut self.after_mark) && s.trim_start().starts_with(['.', ',', ';', ':']) {
            s = s.trim_start();
            if let Some(last) = self.segments.last_mut() {
                last.truncate(last.trim_end().len());
            }
        }
        match self.segments.last_mut() {
            Some(last) => last.push_str(s),
            None => self.segments.push(s.to_string()),
        }
    }

    pub(super) fn line_break(&mut self) {
        if self.segments.is_empty() {
            self.segments.push(String::new());
        }
        self.segments.push(String::new());
    }

    /// Adds a run set as a superscript: dropped where it is a footnote mark
    /// after a word, a year or punctuation ([`is_footnote_mark`]), kept
    /// (joined, as an ordinal's "th") otherwise.
    pub(super) fn push_superscript(&mut self, s: &str) {
        let before = self.segments.last().map_or("", String::as_str);
        if is_footnote_mark(before, s) {
            self.after_mark = true;
        } else {
            self.push_str(s);
        }
    }

    /// The paragraph's lines: its segments, each parted again, in a table
    /// cell, at a tab between two phrases ("Director of Finance⇥Head of
    /// Policy"), where a tab only after a number ("1.1⇥Review") or a label
    /// ("Lead:⇥…") is a space.
    pub(super) fn lines(&self, in_cell: bool) -> Vec<String> {
        if !in_cell {
            return self.segments.clone();
        }
        let phrase = |t: &str| t.chars().filter(|c| c.is_alphabetic()).count() >= 2;
        let mut out = Vec::new();
        for seg in &self.segments {
            let mut line = String::new();
            for part in seg.split('\t') {
                let parts_here = phrase(&line) && !line.trim_end().ends_with(':') && phrase(part);
                if parts_here {
                    out.push(std::mem::take(&mut line));
                } else if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(part);
            }
            out.push(line);
        }
        out
    }
}

fn paragraph(ctx: &Ctx<'_>, p: &El, out: &mut Blocks) {
    let ppr = p.child(Ns::W, "pPr");
    let style = ppr
        .and_then(|pp| pp.child(Ns::W, "pStyle"))
        .and_then(|s| s.attr("val"))
        .unwrap_or("");
    if !style.is_empty() && ctx.styles.is_toc(style) {
        return;
    }
    let mut inline = Inline::default();
    runs(ctx, p, &mut inline);
    let level = ppr
        .and_then(outline_level)
        .filter(|o| *o < 9)
        .map(|o| (o + 1).min(6))
        .or_else(|| (!style.is_empty()).then(|| ctx.styles.heading_level(style)).flatten());
    let numbered = numbering_of(ctx, ppr, style);
    let own_off = ppr
        .and_then(|pp| pp.child(Ns::W, "numPr"))
        .and_then(num_id)
        .is_some_and(|id| id == "0");
    let role = list_kind(ctx, numbered.as_ref(), own_off, style);
    // The number Word prints before the paragraph ("2.1", "(b)"), counted
    // for every numbered paragraph, headings too.
    let label = numbered
        .as_ref()
        .filter(|(id, _)| id != "0")
        .and_then(|(id, lvl)| ctx.numbering.next_label(id, *lvl));
    let joined = inline.segments.join(" ");
    let labelled = match &label {
        Some(l) if joined.trim().is_empty() => l.clone(),
        Some(l) => format!("{l} {joined}"),
        None => joined.clone(),
    };
    if let Some(level) = level {
        out.heading(level, &labelled);
    } else {
        match role {
            // A number with no text of its own (a Ref cell): a paragraph.
            ListRole::Item(_) if label.is_some() && joined.trim().is_empty() => out.paragraph(&labelled),
            ListRole::Item(ordered) => out.item(ordered, &labelled),
            ListRole::Continuation if out.continue_item(&joined) => {}
            _ => {
                for line in inline.lines(ctx.in_cell) {
                    out.paragraph(&line);
                }
            }
        }
    }
    if !inline.boxes.is_empty() {
        out.extend(inline.boxes);
    }
}

/// What a paragraph is to a list.
enum ListRole {
    /// An item, ordered or not.
    Item(bool),
    /// Numbering switched off (`w:numId` 0) on the paragraph itself, how
    /// LibreOffice writes a second paragraph of a list item, or a "List
    /// Continue" style: it continues the item when a list is open.
    Continuation,
    /// Not a list paragraph.
    None,
}

/// The numbering a paragraph carries, its own or its style's: the
/// numbering id and the level ("0" is numbering switched off).
fn numbering_of(ctx: &Ctx<'_>, ppr: Option<&El>, style: &str) -> Option<(String, u8)> {
    let numpr = ppr.and_then(|pp| pp.child(Ns::W, "numPr"));
    let own_id = numpr.and_then(num_id);
    let own_lvl = numpr.and_then(ilvl);
    let styled = !style.is_empty();
    let id = own_id.or_else(|| styled.then(|| ctx.styles.num_id(style).map(str::to_string)).flatten())?;
    let lvl = own_lvl
        .or_else(|| styled.then(|| ctx.styles.ilvl(style)).flatten())
        .unwrap_or(0);
    Some((id, lvl))
}

/// Whether the paragraph is a list item, and if so whether ordered.
/// `own_off`: the paragraph itself switches numbering off.
fn list_kind(ctx: &Ctx<'_>, numbered: Option<&(String, u8)>, own_off: bool, style: &str) -> ListRole {
    if own_off {
        return ListRole::Continuation;
    }
    let style_list = (!style.is_empty()).then(|| ctx.styles.list_style(style)).flatten();
    match (numbered, style_list) {
        (Some((id, _)), _) if id == "0" => ListRole::None,
        (Some((id, lvl)), _) => ListRole::Item(
            ctx.numbering
                .ordered(id, *lvl)
                .unwrap_or(style_list == Some(StyleList::Numbered)),
        ),
        (None, Some(StyleList::Continue)) => ListRole::Continuation,
        (None, Some(kind)) => ListRole::Item(kind == StyleList::Numbered),
        (None, None) => ListRole::None,
    }
}

/// Collects the text of a paragraph's runs (recursing through hyperlinks,
/// insertions, content controls, fields and the like).
fn runs(ctx: &Ctx<'_>, el: &El, inline: &mut Inline) {
    for e in el.elements() {
        if e.ns == Ns::Mc && e.name == "AlternateContent" {
            if let Some(branch) = alternate(e) {
                runs(ctx, branch, inline);
            }
            continue;
        }
        if e.ns != Ns::W {
            continue;
        }
        match e.name.as_str() {
            "r" => run(ctx, e, inline),
            "hyperlink" | "smartTag" | "customXml" | "ins" | "moveTo" | "fldSimple" | "dir" | "bdo" => {
                runs(ctx, e, inline)
            }
            // A control still showing its placeholder ("Click or tap to
            // enter a date.") is blank to a reader.
            "sdt" if !shows_placeholder(e) => {
                if let Some(content) = e.child(Ns::W, "sdtContent") {
                    runs(ctx, content, inline);
                }
            }
            _ => {}
        }
    }
}

fn run(ctx: &Ctx<'_>, r: &El, inline: &mut Inline) {
    let rpr = r.child(Ns::W, "rPr");
    let hidden = rpr
        .and_then(|rpr| rpr.child(Ns::W, "vanish"))
        .is_some_and(|v| on(v.attr("val")));
    if hidden {
        return;
    }
    // A run set raised and small (a footnote mark typed as text).
    let superscript = rpr
        .and_then(|rpr| rpr.child(Ns::W, "vertAlign"))
        .and_then(|v| v.attr("val"))
        .is_some_and(|v| v.trim() == "superscript");
    for e in r.elements() {
        if e.ns == Ns::W {
            match e.name.as_str() {
                "t" if superscript => inline.push_superscript(&e.text()),
                "t" => inline.push_str(&e.text()),
                // A tab stays a tab until the paragraph is parted into lines.
                "tab" | "ptab" => inline.push_str("\t"),
                "br" | "cr" => inline.line_break(),
                "noBreakHyphen" => inline.push_str("-"),
                "drawing" | "pict" | "object" => text_boxes(ctx, e, inline),
                _ => {}
            }
        } else if e.ns == Ns::Mc && e.name == "AlternateContent" {
            if let Some(branch) = alternate(e) {
                text_boxes(ctx, branch, inline);
            }
        }
    }
}

/// Reads every text box under a drawing, picture or alternate-content branch.
fn text_boxes(ctx: &Ctx<'_>, el: &El, inline: &mut Inline) {
    for e in el.elements() {
        if e.is(Ns::W, "txbxContent") {
            inline.boxes.extend(read_blocks(ctx, e));
        } else if e.is(Ns::Mc, "AlternateContent") {
            if let Some(branch) = alternate(e) {
                text_boxes(ctx, branch, inline);
            }
        } else {
            text_boxes(ctx, e, inline);
        }
    }
}

/// An on/off property: absent value, "true", "1" or "on" is on.
pub(super) fn on(val: Option<&str>) -> bool {
    !matches!(val.map(str::trim), Some("false" | "0" | "off"))
}
