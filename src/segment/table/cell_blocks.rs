//! Tables whose cells hold a block layout: "What the peer team recommended
//! | How we are responding", the right-hand cell a response paragraph, then
//! numbered actions each with a "Lead officer: … Target: …" line. No header
//! names the columns, but each row's first cell names a numbered parent and
//! another cell reads, on its own, as the labelled blocks of a section.

use super::super::blocks;
use super::super::patterns::{first_sentence, parse_parent_heading};
use super::super::{Context, Parent, RawAction};
use crate::model::{Block, Cell, Table};

/// The actions of a table read row by row as sections: the first cell the
/// parent, the other cells block layouts under it. Empty where no row's
/// first cell names a numbered parent or no cell holds an action.
pub(crate) fn actions(table: &Table, table_no: u32, ctx: &Context) -> Vec<RawAction> {
    let mut out = Vec::new();
    for (r, row) in table.rows.iter().enumerate() {
        let Some((first, rest)) = row.cells.split_first() else {
            continue;
        };
        let Some(parent) = numbered_parent(first) else {
            continue;
        };
        let section = Context {
            section: Some(parent),
            ..ctx.clone()
        };
        for cell in rest.iter().filter(|c| c.blocks.len() >= 2) {
            let numbered: Vec<(usize, &Block)> = cell.blocks.iter().enumerate().collect();
            for mut a in blocks::actions(&numbered, &section).actions {
                a.table = Some(table_no);
                a.row = Some(r as u32 + 1);
                a.page = a.page.or(row.page).or(table.page);
                out.push(a);
            }
        }
    }
    out
}

/// A cell that opens with a numbered parent ("Recommendation 1", then its
/// text in the next paragraph; or "Recommendation 1: Title").
fn numbered_parent(cell: &Cell) -> Option<Parent> {
    let first = cell.blocks.first()?.text();
    let p = parse_parent_heading(&first).filter(|p| p.id.is_some())?;
    let text = cell.text();
    let title = p.title.clone().or_else(|| {
        cell.blocks
            .get(1)
            .map(|b| first_sentence(&b.text()))
            .filter(|t| !t.is_empty())
    });
    Some(Parent {
        title,
        text: Some(text),
        ..p
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Row;

    fn para(t: &str) -> Block {
        Block::Paragraph {
            text: t.into(),
            page: None,
        }
    }

    fn cell(blocks: Vec<Block>) -> Cell {
        Cell {
            blocks,
            ..Cell::default()
        }
    }

    #[test]
    fn each_row_a_parent_and_its_actions_in_blocks() {
        let row = |n: &str, actions: Vec<Block>| Row {
            cells: vec![
                cell(vec![para(&format!("Recommendation {n}")), para("Set a budget.")]),
                cell(actions),
            ],
            ..Row::default()
        };
        let table = Table {
            rows: vec![
                Row {
                    cells: vec![
                        cell(vec![para("What the peers said")]),
                        cell(vec![para("Our response")]),
                    ],
                    ..Row::default()
                },
                row(
                    "1",
                    vec![
                        para("Agreed. The plan runs to 2026."),
                        para("1.1 Refresh the MTFS."),
                        para("Lead officer: Director of Finance Target: May 2026"),
                        para("1.2 Review reserves."),
                        para("Lead officer: Head of Finance Target: Q1 2026/27"),
                    ],
                ),
                row("2", vec![para("Not agreed."), para("We will keep this under review.")]),
            ],
            page: None,
        };
        let found = actions(&table, 1, &Context::default());
        let got: Vec<(Option<&str>, Option<&str>, &str)> = found
            .iter()
            .map(|a| {
                (
                    a.rec_id.as_deref(),
                    a.action_id.as_deref(),
                    a.lead.as_deref().unwrap_or(""),
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                (Some("1"), Some("1.1"), "Director of Finance"),
                (Some("1"), Some("1.2"), "Head of Finance")
            ]
        );
        assert_eq!(found[0].rec_title.as_deref(), Some("Set a budget."));
    }

    #[test]
    fn cells_without_a_numbered_parent_give_nothing() {
        let table = Table {
            rows: vec![Row {
                cells: vec![
                    cell(vec![para("Term")]),
                    cell(vec![para("1.1 A meaning."), para("Lead officer: X")]),
                ],
                ..Row::default()
            }],
            page: None,
        };
        assert!(actions(&table, 1, &Context::default()).is_empty());
    }
}
