//! What a Word paragraph style and numbering definition mean for the model:
//! which styles are headings (and of what level), which are list styles, and
//! whether a paragraph's style puts it in a list (numbering itself is
//! `numbering.rs`'s).

use std::collections::HashMap;

use super::xml::{El, Ns};

/// `basedOn` chains longer than this are cut (they may also loop).
const MAX_CHAIN: usize = 16;

/// One paragraph style as far as the reader cares.
#[derive(Debug, Default, Clone)]
struct Style {
    /// The display name, lower case ("heading 1", "list paragraph").
    name: String,
    based_on: Option<String>,
    /// `w:outlineLvl` (0 = level 1; 9 = body text).
    outline: Option<u8>,
    /// `w:numPr/w:numId` set on the style itself.
    num_id: Option<String>,
    /// `w:numPr/w:ilvl` set on the style itself.
    ilvl: Option<u8>,
}

/// Paragraph styles of word/styles.xml by style id.
#[derive(Debug, Default)]
pub struct Styles {
    by_id: HashMap<String, Style>,
}

impl Styles {
    /// Reads word/styles.xml (its root element).
    pub fn parse(root: &El) -> Styles {
        let mut by_id = HashMap::new();
        for s in root.elements().filter(|e| e.is(Ns::W, "style")) {
            if s.attr("type").is_some_and(|t| t != "paragraph") {
                continue;
            }
            let Some(id) = s.attr("styleId") else { continue };
            let val = |name: &str| s.child(Ns::W, name).and_then(|e| e.attr("val")).map(str::to_string);
            let ppr = s.child(Ns::W, "pPr");
            let style = Style {
                name: val("name").unwrap_or_default().to_lowercase(),
                based_on: val("basedOn"),
                outline: ppr.and_then(outline_level),
                num_id: ppr.and_then(|p| p.child(Ns::W, "numPr")).and_then(num_id),
                ilvl: ppr.and_then(|p| p.child(Ns::W, "numPr")).and_then(ilvl),
            };
            by_id.insert(id.to_string(), style);
        }
        Styles { by_id }
    }

    /// The styles from `id` up its `basedOn` chain, the id's own first.
    fn chain<'s>(&'s self, id: &'s str) -> impl Iterator<Item = (&'s str, Option<&'s Style>)> + 's {
        let mut next = Some(id);
        std::iter::from_fn(move || {
            let id = next?;
            let style = self.by_id.get(id);
            next = style.and_then(|s| s.based_on.as_deref());
            Some((id, style))
        })
        .take(MAX_CHAIN)
    }

    /// The heading level a paragraph of this style has, if it is a heading:
    /// a style named "heading N" (or "Title") or with an outline level, or
    /// based on one. Without styles.xml the ids "HeadingN" and "Title" count.
    pub fn heading_level(&self, id: &str) -> Option<u8> {
        for (sid, style) in self.chain(id) {
            let Some(style) = style else {
                return level_from_name(&sid.to_lowercase());
            };
            if let Some(level) = level_from_name(&style.name) {
                return Some(level);
            }
            if let Some(o) = style.outline.filter(|o| *o < 9) {
                return Some(o + 1);
            }
        }
        None
    }

    /// The numbering a style applies to its paragraphs, if any.
    pub fn num_id<'s>(&'s self, id: &'s str) -> Option<&'s str> {
        self.chain(id).find_map(|(_, s)| s.and_then(|s| s.num_id.as_deref()))
    }

    /// The list level a style's numbering puts its paragraphs at.
    pub fn ilvl(&self, id: &str) -> Option<u8> {
        self.chain(id).find_map(|(_, s)| s.and_then(|s| s.ilvl))
    }

    /// The style names up the `basedOn` chain, squeezed for comparison
    /// (lower case, no spaces or underscores); the id stands in for a style
    /// styles.xml does not define.
    fn squeezed_names<'s>(&'s self, id: &'s str) -> impl Iterator<Item = String> + 's {
        self.chain(id).map(|(sid, s)| {
            s.map_or(sid, |s| s.name.as_str())
                .chars()
                .filter(|c| !matches!(c, ' ' | '_'))
                .flat_map(char::to_lowercase)
                .collect()
        })
    }

    /// What a list style makes its paragraphs, whether or not they carry
    /// numbering: "List Paragraph" and "List Bullet" bulleted items, "List
    /// Number" numbered ones, "List Continue" a further paragraph of an item.
    pub fn list_style(&self, id: &str) -> Option<StyleList> {
        self.squeezed_names(id).find_map(|n| {
            if n.starts_with("listparagraph") || n.starts_with("listbullet") {
                Some(StyleList::Bullet)
            } else if n.starts_with("listnumber") {
                Some(StyleList::Numbered)
            } else if n.starts_with("listcontinue") {
                Some(StyleList::Continue)
            } else {
                None
            }
        })
    }

    /// True for table-of-contents entry styles ("TOC 1", "Contents 2"):
    /// navigation, like the HTML reader's skipped nav.
    pub fn is_toc(&self, id: &str) -> bool {
        self.squeezed_names(id).any(|n| {
            let rest = n.strip_prefix("toc").or_else(|| n.strip_prefix("contents"));
            rest.is_some_and(|r| r.chars().next().is_some_and(|c| c.is_ascii_digit()))
        })
    }
}

/// What a list paragraph style stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StyleList {
    /// A bulleted item.
    Bullet,
    /// A numbered item.
    Numbered,
    /// A further paragraph of the item before.
    Continue,
}

/// "heading 2" -> 2, "heading 1.newpage" -> 1, "title" -> 1 (levels past 6 are 6).
fn level_from_name(name: &str) -> Option<u8> {
    if name == "title" {
        return Some(1);
    }
    let rest = name.strip_prefix("heading")?.trim_start();
    let digit = rest.chars().next()?.to_digit(10)?;
    (digit >= 1).then(|| digit.min(6) as u8)
}

/// `w:outlineLvl` of a `w:pPr`.
pub fn outline_level(ppr: &El) -> Option<u8> {
    ppr.child(Ns::W, "outlineLvl")?.attr("val")?.trim().parse().ok()
}

/// `w:numId` of a `w:numPr` (as text; "0" means numbering removed).
pub fn num_id(numpr: &El) -> Option<String> {
    numpr.child(Ns::W, "numId")?.attr("val").map(|v| v.trim().to_string())
}

/// `w:ilvl` of a `w:numPr`.
pub fn ilvl(numpr: &El) -> Option<u8> {
    numpr.child(Ns::W, "ilvl")?.attr("val")?.trim().parse().ok()
}
