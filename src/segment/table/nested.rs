//! A table nested inside an action cell (a small milestone table: "Milestone
//! | Date", then a row per step): kept out of the action's text, which is
//! the cell's own words, and read for the action's deadline where the
//! row's deadline cell is empty.

use crate::model::Cell;
use crate::normalise::deadline::normalise_deadline;
use crate::record::DeadlineKind;

/// The action cell's text without its nested tables; the whole text where
/// the cell holds nothing else (an action set out only as a table).
pub(crate) fn action_text(cell: &Cell) -> String {
    let own = cell.own_text();
    if own.chars().any(char::is_alphanumeric) {
        own
    } else {
        cell.text()
    }
}

/// The latest date a cell's nested tables give, as printed: the milestone
/// by which the whole action is done. None where no nested cell reads as a
/// date on its own (a header such as "Date" does not).
pub(crate) fn deadline(cell: &Cell) -> Option<String> {
    let mut best: Option<(chrono::NaiveDate, String)> = None;
    for table in cell.nested_tables() {
        for c in table.rows.iter().flat_map(|r| &r.cells) {
            let text = c.text();
            if text.is_empty() {
                continue;
            }
            let reading = normalise_deadline(&text, None).deadline;
            if !matches!(reading.kind, DeadlineKind::Date | DeadlineKind::Range) {
                continue;
            }
            let Some(end) = reading.end else { continue };
            if best.as_ref().is_none_or(|(b, _)| end > *b) {
                best = Some((end, text));
            }
        }
    }
    best.map(|(_, text)| text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Block, Row, Table};

    fn milestone_cell() -> Cell {
        let row = |a: &str, b: &str| Row {
            cells: vec![Cell::from_text(a), Cell::from_text(b)],
            ..Row::default()
        };
        Cell {
            blocks: vec![
                Block::Paragraph {
                    text: "Set a balanced budget for 2026/27 through Cabinet.".into(),
                    page: None,
                },
                Block::Table(Table {
                    rows: vec![
                        row("Milestone", "Date"),
                        row("Draft MTFS", "September 2025"),
                        row("Budget set", "February 2026"),
                    ],
                    page: None,
                }),
            ],
            ..Cell::default()
        }
    }

    #[test]
    fn a_milestone_table_stays_out_of_the_text_and_gives_the_last_date() {
        let cell = milestone_cell();
        assert_eq!(action_text(&cell), "Set a balanced budget for 2026/27 through Cabinet.");
        assert_eq!(deadline(&cell).as_deref(), Some("February 2026"));
        assert!(cell.text().contains("Draft MTFS"), "the whole text keeps it");
    }
}
