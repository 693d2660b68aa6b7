//! An action cell that names its parent first: "Recommendation 1 – ..."
//! then the actions agreed in answer, as a list ("1. Buy ...", "2. Work
//! ...") or as the paragraphs that follow. One row, several actions, all
//! sharing the row's lead and deadline.

use super::super::patterns::{inline_items, parse_parent_heading};
use super::super::values::has_word;
use super::super::Parent;
use crate::model::{Block, Cell};

/// The parent a cell opens with and the texts of the actions after it;
/// None where the cell does not open with a numbered parent, or names
/// nothing after it.
pub(crate) fn parent_then_actions(cell: &Cell) -> Option<(Parent, Vec<String>)> {
    let (first, rest) = cell.blocks.split_first()?;
    let Block::Paragraph { text: first, .. } = first else {
        return None;
    };
    if rest.is_empty() {
        // One paragraph: the parent, then its actions numbered inline (the
        // list a PDF's cell runs together; after a parent, one item is a
        // list too).
        let (head, items) = inline_items(first, 1)?;
        let parent = numbered(&head)?;
        return Some((parent, items));
    }
    let parent = numbered(first)?;
    let mut items: Vec<String> = Vec::new();
    let mut prose: Vec<String> = Vec::new();
    for b in rest {
        match b {
            Block::List { items: list, .. } => items.extend(list.iter().cloned()),
            Block::Paragraph { text, .. } => prose.push(text.clone()),
            // A table nested in the cell (milestones) is no action's text.
            Block::Table(_) => {}
            _ => return None,
        }
    }
    let actions = match (items.is_empty(), prose.is_empty()) {
        (false, true) => items,
        // No list: what the cell says after the parent is the one answer.
        (true, false) => vec![prose.join(" ")],
        _ => return None,
    };
    let actions: Vec<String> = actions.into_iter().filter(|a| has_word(a)).collect();
    (!actions.is_empty()).then_some((parent, actions))
}

/// A parent with a number ("Recommendation 3 – ...", "Priority 2: ...").
fn numbered(text: &str) -> Option<Parent> {
    let p = parse_parent_heading(text).filter(|p| p.id.is_some())?;
    Some(Parent {
        text: Some(text.to_string()),
        ..p
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cell(blocks: Vec<Block>) -> Cell {
        Cell {
            blocks,
            row_span: 1,
            col_span: 1,
            ..Cell::default()
        }
    }

    fn para(t: &str) -> Block {
        Block::Paragraph {
            text: t.into(),
            page: None,
        }
    }

    #[test]
    fn a_parent_then_its_listed_actions() {
        let c = cell(vec![
            para("Recommendation 1 – Reduce the use of B&B."),
            Block::List {
                ordered: true,
                items: vec!["Buy 30 homes.".into(), "Convert two schemes.".into()],
                page: None,
            },
        ]);
        let (p, actions) = parent_then_actions(&c).unwrap();
        assert_eq!(p.id.as_deref(), Some("1"));
        assert_eq!(actions, ["Buy 30 homes.", "Convert two schemes."]);
    }

    #[test]
    fn a_parent_then_prose_is_one_answer() {
        let c = cell(vec![
            para("Recommendation 6 – Build 100 homes a year."),
            para("Cabinet does not accept this recommendation."),
            para("Instead a smaller programme will be considered."),
        ]);
        let (_, actions) = parent_then_actions(&c).unwrap();
        assert_eq!(actions.len(), 1);
        assert!(actions[0].starts_with("Cabinet does not accept"));
    }

    #[test]
    fn a_parent_and_its_list_run_together_in_one_paragraph() {
        let c = cell(vec![para(
            "Recommendation 2 – Start prevention earlier. 1.Set up a team of three. 2.Write to every landlord.",
        )]);
        let (p, actions) = parent_then_actions(&c).unwrap();
        assert_eq!(p.id.as_deref(), Some("2"));
        assert_eq!(actions, ["Set up a team of three.", "Write to every landlord."]);
    }

    #[test]
    fn cells_that_are_not_a_parent_and_its_actions() {
        // An action with sub-steps, not a parent.
        let c = cell(vec![
            para("Review the constitution:"),
            Block::List {
                ordered: false,
                items: vec!["delegations".into(), "contract rules".into()],
                page: None,
            },
        ]);
        assert!(parent_then_actions(&c).is_none());
        // A recommendation alone in its cell.
        assert!(parent_then_actions(&cell(vec![para("Recommendation 4 – Brief members.")])).is_none());
    }
}
