//! Label tables: a table whose first column names the fields ("Action",
//! "Lead officer", "Target date", "RAG status") and whose other cells hold
//! the values. Usually one table per action; several actions in one table
//! are told apart where the action (or recommendation) label comes again.
//! A report's cover box ("Report title", "Lead officer") has no action
//! label, and is not an action.

use super::super::colour::rating_of_fill;
use super::super::draft::Draft;
use super::super::labels::label_only;
use super::super::patterns::{first_sentence, parse_recommendation};
use super::super::values::{action_marker, as_id, has_word, split_action_number};
use super::super::vocabulary::Field;
use super::super::{Context, Parent, RawAction};
use crate::model::{Grid, Rgb};

/// One row of a label table: its label's field (None for a row whose label
/// cell is empty: the value above carried on), and its value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LabelRow {
    pub row: usize,
    pub field: Option<Field>,
    pub value: String,
    pub fill: Option<Rgb>,
    /// The latest date of a table nested in the value cell (an action's
    /// milestones), for an action with no deadline row.
    pub milestones: Option<String>,
}

/// What a label table holds.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum LabelTable {
    /// Rows naming an action: one draft per action.
    Actions(Vec<LabelRow>),
    /// A table laid on its side: labels down the first column, one action
    /// per further column ("Ref | Action 1.1 | Action 1.2").
    Columns(Vec<Vec<LabelRow>>),
    /// Rows of attributes only: the rest of the action before, cut by a page.
    Continuation(Vec<LabelRow>),
}

/// Reads the table as a label table, where it is one: two to four columns,
/// most rows with a label of the vocabulary in the first cell, naming at
/// least two different fields.
pub(crate) fn label_rows(grid: &Grid<'_>) -> Result<LabelTable, String> {
    if !(2..=MAX_COLUMNS).contains(&grid.width) {
        return Err(format!("{} columns, not two to {MAX_COLUMNS}", grid.width));
    }
    let mut rows = Vec::new();
    let mut columns: Vec<Vec<(String, Option<Rgb>)>> = Vec::new();
    let mut with_text = 0;
    let mut labelled = 0;
    for (r, slots) in grid.slots.iter().enumerate() {
        let label = slots[0].filter(|s| s.origin).map(|s| s.cell.text()).unwrap_or_default();
        // Each value cell once, in column order.
        let mut cells: Vec<(String, Option<Rgb>)> = Vec::new();
        let mut seen: Vec<*const crate::model::Cell> = Vec::new();
        // The value cells' lines, for a lead: a line break parts two posts.
        let mut lines: Vec<String> = Vec::new();
        // Their own text (a nested table left out) and its last date, for
        // an action.
        let mut own: Vec<String> = Vec::new();
        let mut milestones = None;
        for s in slots[1..].iter().flatten() {
            let ptr: *const crate::model::Cell = s.cell;
            if seen.contains(&ptr) || slots[0].is_some_and(|l| std::ptr::eq(l.cell, s.cell)) {
                continue;
            }
            seen.push(ptr);
            cells.push((s.cell.text(), s.cell.fill));
            lines.extend(s.cell.lines());
            own.push(super::nested::action_text(s.cell));
            milestones = milestones.or_else(|| super::nested::deadline(s.cell));
        }
        let value = cells
            .iter()
            .map(|(t, _)| t.as_str())
            .filter(|t| !t.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let fill = cells.iter().find_map(|(_, f)| *f);
        if label.is_empty() && value.is_empty() && fill.is_none() {
            continue;
        }
        with_text += 1;
        let field = if label.is_empty() {
            None
        } else if let Some(f) = label_only(&label) {
            labelled += 1;
            Some(f)
        } else if let Some(id) = action_marker(&label).filter(|_| value.is_empty()) {
            // A title row "Action 2.3" across the table: the action's number.
            rows.push(LabelRow {
                row: r,
                field: Some(Field::Number),
                value: id,
                fill: None,
                milestones: None,
            });
            continue;
        } else {
            continue;
        };
        let value = match field {
            Some(Field::Lead) => lines.join("\n"),
            Some(Field::Action) => own
                .iter()
                .filter(|t| !t.is_empty())
                .cloned()
                .collect::<Vec<_>>()
                .join(" "),
            _ => value,
        };
        rows.push(LabelRow {
            row: r,
            field,
            value,
            fill,
            milestones: milestones.filter(|_| field == Some(Field::Action)),
        });
        columns.push(cells);
    }
    let fields: std::collections::HashSet<Field> = rows.iter().filter_map(|r| r.field).collect();
    if labelled < 2 || fields.len() < 2 || labelled * 5 < with_text * 3 {
        return Err(format!("{labelled} of {with_text} rows open with a label"));
    }
    if fields.contains(&Field::Action) {
        // Two or more action cells side by side: an action per column.
        let actions_across = rows
            .iter()
            .zip(&columns)
            .find(|(row, _)| row.field == Some(Field::Action))
            .map_or(0, |(_, cells)| cells.iter().filter(|(t, _)| has_word(t)).count());
        if actions_across >= 2 {
            return Ok(LabelTable::Columns(across(&rows, &columns)));
        }
        if grid.width > 4 {
            return Err(format!("{} columns with one action column", grid.width));
        }
        return Ok(LabelTable::Actions(rows));
    }
    if grid.width > 4 {
        return Err(format!("{} columns, not two to four", grid.width));
    }
    let attributes_only = fields.iter().all(|f| {
        matches!(
            f,
            Field::Lead | Field::Deadline | Field::StartDate | Field::Status | Field::Rag | Field::Progress
        )
    });
    if attributes_only {
        return Ok(LabelTable::Continuation(rows));
    }
    let mut names: Vec<&str> = fields.iter().map(|f| f.name()).collect();
    names.sort();
    Err(format!("labels name no action ({})", names.join(", ")))
}

/// Widest label table read: a table on its side has an action per column.
const MAX_COLUMNS: usize = 12;

/// A table on its side, one column at a time: each value column with the
/// labels down the first.
fn across(rows: &[LabelRow], columns: &[Vec<(String, Option<Rgb>)>]) -> Vec<Vec<LabelRow>> {
    let width = columns.iter().map(Vec::len).max().unwrap_or(0);
    (0..width)
        .map(|k| {
            rows.iter()
                .zip(columns)
                .map(|(row, cells)| {
                    let (text, fill) = cells.get(k).cloned().unwrap_or_default();
                    LabelRow {
                        value: text,
                        fill,
                        // Read down one column only; a table on its side
                        // gives no milestones.
                        milestones: None,
                        ..row.clone()
                    }
                })
                .collect()
        })
        .collect()
}

/// The drafts a label table's rows make, one per action label.
pub(crate) fn drafts(rows: &[LabelRow], page: Option<u32>, table_no: u32) -> Vec<Draft> {
    let mut out: Vec<Draft> = Vec::new();
    let mut open: Option<Draft> = None;
    let mut parent: Option<Parent> = None;
    let mut last: Option<Field> = None;
    for row in rows {
        let field = row.field.or(last);
        match field {
            Some(Field::Recommendation) if row.field.is_some() => {
                if open.as_ref().is_some_and(|d| d.text.is_some()) {
                    out.extend(open.take());
                }
                parent = Some(parent_from_value(&row.value));
            }
            Some(Field::Action) if row.field.is_some() => {
                if open.as_ref().is_some_and(|d| d.text.is_some()) {
                    out.extend(open.take());
                }
                let d = open.get_or_insert_with(|| Draft {
                    page,
                    table: Some(table_no),
                    row: Some(row.row as u32 + 1),
                    ..Draft::default()
                });
                let (id, text) = match split_action_number(&row.value) {
                    Some((id, rest)) if has_word(&rest) => (Some(id), rest),
                    _ => (None, row.value.clone()),
                };
                d.id = d.id.take().or(id);
                d.set(Field::Action, &text);
                d.milestones = d.milestones.take().or_else(|| row.milestones.clone());
            }
            Some(Field::Rag) => {
                if let Some(d) = open.as_mut() {
                    let painted = row.fill.and_then(rating_of_fill).unwrap_or("");
                    d.set(Field::Rag, if row.value.is_empty() { painted } else { &row.value });
                }
            }
            Some(Field::Number) if row.field.is_some() => {
                if open.as_ref().is_some_and(|d| d.text.is_some()) {
                    out.extend(open.take());
                }
                let d = open.get_or_insert_with(|| Draft {
                    page,
                    table: Some(table_no),
                    row: Some(row.row as u32 + 1),
                    ..Draft::default()
                });
                let v = row.value.trim();
                d.id = action_marker(v)
                    .or_else(|| as_id(v))
                    .or_else(|| Some(v.to_string()))
                    .filter(|v| !v.is_empty());
            }
            Some(f) => {
                let d = open.get_or_insert_with(|| Draft {
                    page,
                    table: Some(table_no),
                    row: Some(row.row as u32 + 1),
                    ..Draft::default()
                });
                d.set(f, &row.value);
            }
            None => {}
        }
        if let Some(d) = open.as_mut() {
            if d.parent.is_none() {
                d.parent = parent.clone();
            }
        }
        if row.field.is_some() {
            last = row.field;
        }
    }
    out.extend(open);
    out.into_iter()
        .filter(|d| d.text.as_deref().is_some_and(has_word))
        .collect()
}

/// A recommendation label's value as a parent: "Recommendation 2: ..."
/// gives its number; plain text is the title.
fn parent_from_value(value: &str) -> Parent {
    parse_recommendation(value).unwrap_or_else(|| Parent {
        id: None,
        title: Some(first_sentence(value)),
        text: Some(value.to_string()),
    })
}

/// The actions of a label table, under the section's recommendation where
/// the table's own recommendation label gives no number.
pub(crate) fn actions(rows: &[LabelRow], page: Option<u32>, table_no: u32, ctx: &Context) -> Vec<RawAction> {
    drafts(rows, page, table_no)
        .into_iter()
        .map(|mut d| {
            if let (Some(p), Some(section)) = (d.parent.as_mut(), ctx.section.as_ref()) {
                if p.id.is_none() {
                    p.id = section.id.clone();
                }
            }
            d.into_action(ctx.section.as_ref(), ctx)
        })
        .collect()
}

/// Carries a label table's attribute rows onto the action before it (the
/// rest of its table, cut by a page break).
pub(crate) fn continue_action(rows: &[LabelRow], prev: &mut RawAction) {
    let mut last = None;
    for row in rows {
        let field = row.field.or(last);
        let slot = match field {
            Some(Field::Lead) => &mut prev.lead,
            Some(Field::Deadline) => &mut prev.deadline,
            Some(Field::Status) => &mut prev.status,
            Some(Field::Rag) => &mut prev.rag,
            Some(Field::Progress) => &mut prev.progress,
            _ => continue,
        };
        let value = if row.value.is_empty() && field == Some(Field::Rag) {
            row.fill.and_then(rating_of_fill).unwrap_or("").to_string()
        } else {
            row.value.clone()
        };
        if !value.is_empty() {
            *slot = Some(match slot.take() {
                Some(old) => format!("{old} {value}"),
                None => value,
            });
        }
        last = row.field.or(last);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Cell, Row, Table};

    fn table(rows: &[(&str, &str)]) -> Table {
        Table {
            rows: rows
                .iter()
                .map(|(l, v)| Row {
                    cells: vec![Cell::from_text(l), Cell::from_text(v)],
                    ..Row::default()
                })
                .collect(),
            page: None,
        }
    }

    #[test]
    fn one_table_per_action() {
        let t = table(&[
            ("Recommendation", "Set out a clear, long-term vision"),
            ("Action", "1.1 Develop a vision for the district with residents."),
            ("Lead officer", "Chief Executive"),
            ("Target date", "Mar-25"),
            ("Progress update", "Engagement ran from October."),
            ("", "Adoption is now expected in April."),
            ("RAG status", "Amber"),
        ]);
        let Ok(LabelTable::Actions(rows)) = label_rows(&t.grid()) else {
            panic!("a label table")
        };
        let ctx = Context {
            section: Some(Parent {
                id: Some("1".into()),
                ..Parent::default()
            }),
            ..Context::default()
        };
        let acts = actions(&rows, None, 1, &ctx);
        assert_eq!(acts.len(), 1);
        let a = &acts[0];
        assert_eq!(a.action_id.as_deref(), Some("1.1"));
        assert_eq!(a.action_text, "Develop a vision for the district with residents.");
        assert_eq!(a.rec_id.as_deref(), Some("1"));
        assert_eq!(a.rec_title.as_deref(), Some("Set out a clear, long-term vision"));
        assert_eq!(a.lead.as_deref(), Some("Chief Executive"));
        assert_eq!(a.deadline.as_deref(), Some("Mar-25"));
        assert_eq!(
            a.progress.as_deref(),
            Some("Engagement ran from October. Adoption is now expected in April.")
        );
        assert_eq!(a.rag.as_deref(), Some("Amber"));
    }

    #[test]
    fn several_actions_in_one_label_table() {
        let t = table(&[
            ("Action", "Develop a vision for the district."),
            ("Lead officer", "Chief Executive"),
            ("Action", "Review the Corporate Plan priorities."),
            ("Lead officer", "Head of Policy"),
        ]);
        let Ok(LabelTable::Actions(rows)) = label_rows(&t.grid()) else {
            panic!("a label table")
        };
        let acts = actions(&rows, None, 1, &Context::default());
        let leads: Vec<_> = acts.iter().map(|a| a.lead.as_deref()).collect();
        assert_eq!(leads, vec![Some("Chief Executive"), Some("Head of Policy")]);
    }

    #[test]
    fn a_cover_box_is_not_an_action() {
        let t = table(&[
            ("Report title", "Corporate Peer Challenge – action plan"),
            ("Cabinet member", "Cllr Rosalind Achebe"),
            ("Lead officer", "Helen Dacre, Chief Executive"),
            ("Wards affected", "All wards"),
            ("Key decision", "No"),
        ]);
        assert!(label_rows(&t.grid()).is_err());
    }

    #[test]
    fn the_rest_of_a_table_cut_by_a_page_carries_on() {
        let t = table(&[("Progress update", "More progress."), ("RAG status", "Green")]);
        let Ok(LabelTable::Continuation(rows)) = label_rows(&t.grid()) else {
            panic!("a continuation")
        };
        let mut prev = RawAction {
            progress: Some("Some progress.".into()),
            ..RawAction::default()
        };
        continue_action(&rows, &mut prev);
        assert_eq!(prev.progress.as_deref(), Some("Some progress. More progress."));
        assert_eq!(prev.rag.as_deref(), Some("Green"));
    }
}
