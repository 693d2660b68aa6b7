//! Segmentation: finds recommendations and actions in the document model.
//!
//! Rules work on structure (column headers, spans, headings, "Lead Officer:"
//! lines), never on one council's wording; the vocabularies they use live in
//! [`vocabulary`]. The output is raw text per field: normalising it is the
//! next stage's job.

mod layout;
pub mod meta;
mod patterns;
mod table;
pub mod vocabulary;

use crate::model::{Block, Document};

pub use meta::DocMeta;

/// One action as found, with each field's text as printed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct RawAction {
    /// The parent's number or label ("9a").
    pub rec_id: Option<String>,
    /// The parent's heading or first sentence.
    pub rec_title: Option<String>,
    /// The parent's full text.
    pub rec_text: Option<String>,
    /// The action's own number ("2.3").
    pub action_id: Option<String>,
    /// The whole action text.
    pub action_text: String,
    /// The lead cell or "Lead Officer:" line as printed.
    pub lead: Option<String>,
    /// The deadline cell as printed.
    pub deadline: Option<String>,
    /// A status cell as printed.
    pub status: Option<String>,
    /// A RAG cell as printed.
    pub rag: Option<String>,
    /// A progress or current-position cell as printed.
    pub progress: Option<String>,
    /// Page the action starts on.
    pub page: Option<u32>,
    /// 1-based table number, where the action came from a table.
    pub table: Option<u32>,
    /// 1-based row in that table, or block number outside tables.
    pub row: Option<u32>,
    /// Notes on anything uncertain.
    pub warnings: Vec<String>,
}

/// The parent an action answers, as the segmenter tracks it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Parent {
    /// Number or label as printed.
    pub id: Option<String>,
    /// Heading or first sentence.
    pub title: Option<String>,
    /// Full text.
    pub text: Option<String>,
}

/// What the segmenter knows at a point in the document: the section's
/// recommendation (from a heading) and its lead officer line.
#[derive(Debug, Clone, Default)]
pub(crate) struct Context {
    pub section: Option<Parent>,
    pub heading: Option<String>,
    pub section_lead: Option<String>,
}

/// Finds every action in a document, in document order.
pub fn segment(doc: &Document) -> Vec<RawAction> {
    let mut out = Vec::new();
    let mut ctx = Context::default();
    let mut tables = table::TableState::default();
    let mut table_no = 0u32;
    // Blocks of the current section not yet claimed by a table, for the
    // non-table layout rules; dropped once a table in the section has actions.
    let mut pending_layout: Vec<(usize, &Block)> = Vec::new();
    let mut section_has_table = false;
    for (i, block) in doc.blocks.iter().enumerate() {
        match block {
            Block::Table(t) => {
                table_no += 1;
                match tables.segment(t, table_no, &ctx) {
                    Some(found) => {
                        out.extend(found);
                        pending_layout.clear();
                        section_has_table = true;
                    }
                    None => pending_layout.push((i, block)),
                }
            }
            _ => {
                if let Some(parent) = patterns::recommendation_heading(block) {
                    if !section_has_table {
                        out.extend(layout::actions(&pending_layout, &ctx));
                    }
                    pending_layout.clear();
                    section_has_table = false;
                    ctx.section = Some(parent);
                    ctx.section_lead = None;
                    continue;
                }
                if let Block::Heading { text, .. } = block {
                    if !section_has_table {
                        out.extend(layout::actions(&pending_layout, &ctx));
                    }
                    pending_layout.clear();
                    section_has_table = false;
                    ctx.heading = Some(text.clone());
                    ctx.section = None;
                    ctx.section_lead = None;
                    continue;
                }
                if let Some(lead) = patterns::lead_line(block) {
                    if ctx.section_lead.is_none() {
                        ctx.section_lead = Some(lead);
                        continue;
                    }
                }
                pending_layout.push((i, block));
            }
        }
    }
    if !section_has_table {
        out.extend(layout::actions(&pending_layout, &ctx));
    }
    out
}
