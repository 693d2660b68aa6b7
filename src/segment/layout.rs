//! Non-table layouts: a heading per recommendation followed by action
//! paragraphs or list items, each with optional "Lead:" / "By:" lines.
//!
//! Deliberately strict: running text (introductions, progress narratives)
//! is not an action. A block counts only when it is numbered as an action
//! ("Action 2.1: ...", "2.1 ...") or carries a labelled lead or deadline.

use super::patterns::{action_prefix, deadline_in_text, lead_in_text};
use super::{Context, RawAction};
use crate::model::Block;

/// One line of text from a block, with the block's index and page.
struct Line {
    index: usize,
    page: Option<u32>,
    text: String,
}

/// The actions in a section's blocks that no table claimed.
pub(crate) fn actions(blocks: &[(usize, &Block)], ctx: &Context) -> Vec<RawAction> {
    let lines: Vec<Line> = blocks
        .iter()
        .flat_map(|(i, b)| {
            let texts = match b {
                Block::Paragraph { text, .. } => vec![text.clone()],
                Block::List { items, .. } => items.clone(),
                _ => Vec::new(),
            };
            texts.into_iter().map(|text| Line {
                index: *i,
                page: b.page(),
                text,
            })
        })
        .collect();
    let mut out: Vec<RawAction> = Vec::new();
    let mut open = false;
    for (k, line) in lines.iter().enumerate() {
        if let Some(lead) = lead_in_text(&line.text) {
            if open {
                if let Some(a) = out.last_mut() {
                    a.lead.get_or_insert(lead);
                }
            }
            continue;
        }
        if let Some(by) = deadline_in_text(&line.text) {
            if open {
                if let Some(a) = out.last_mut() {
                    a.deadline.get_or_insert(by);
                }
            }
            continue;
        }
        let labelled_next = lines
            .get(k + 1)
            .is_some_and(|n| lead_in_text(&n.text).is_some() || deadline_in_text(&n.text).is_some());
        // A bare "2.1 ..." counts only under a recommendation heading; an
        // explicit "Action 2.1:" anywhere.
        let numbered = action_prefix(&line.text)
            .filter(|_| ctx.section.is_some() || line.text.trim_start().to_lowercase().starts_with("action"));
        if numbered.is_none() && !(labelled_next && ctx.section.is_some()) {
            open = false;
            continue;
        }
        let (action_id, text) = match numbered {
            Some((id, _)) => (Some(id), line.text.clone()),
            None => (None, line.text.clone()),
        };
        let section = ctx.section.clone().unwrap_or_default();
        out.push(RawAction {
            rec_id: section.id,
            rec_title: section.title,
            rec_text: section.text,
            action_id,
            action_text: text,
            page: line.page,
            row: Some(line.index as u32 + 1),
            ..RawAction::default()
        });
        open = true;
    }
    for a in &mut out {
        if a.lead.is_none() {
            a.lead = ctx.section_lead.clone();
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::Parent;

    fn para(t: &str) -> Block {
        Block::Paragraph {
            text: t.into(),
            page: None,
        }
    }

    #[test]
    fn paragraphs_with_labelled_lines_are_actions() {
        let blocks = [
            para("Some context about the recommendation."),
            para("Publish a new workforce strategy."),
            para("Lead: Director of HR"),
            para("By: March 2025"),
            para("Action 1.2: Review the pay policy."),
        ];
        let refs: Vec<(usize, &Block)> = blocks.iter().enumerate().collect();
        let ctx = Context {
            section: Some(Parent {
                id: Some("1".into()),
                title: Some("Workforce".into()),
                text: None,
            }),
            ..Context::default()
        };
        let got = actions(&refs, &ctx);
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].action_text, "Publish a new workforce strategy.");
        assert_eq!(got[0].lead.as_deref(), Some("Director of HR"));
        assert_eq!(got[0].deadline.as_deref(), Some("March 2025"));
        assert_eq!(got[1].action_id.as_deref(), Some("1.2"));
        assert_eq!(got[1].rec_id.as_deref(), Some("1"));
    }

    #[test]
    fn running_text_is_not_an_action() {
        let blocks = [para("We made progress this year."), para("More narrative.")];
        let refs: Vec<(usize, &Block)> = blocks.iter().enumerate().collect();
        assert!(actions(&refs, &Context::default()).is_empty());
    }
}
