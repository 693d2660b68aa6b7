//! Action tables: map columns by header vocabulary, then read one action per
//! row, carrying the parent recommendation down through spanned, empty and
//! continuation cells.

use super::patterns::{first_sentence, is_continuation, parse_recommendation};
use super::vocabulary::{role_of_header, Role};
use super::{Context, Parent, RawAction};
use crate::model::{Block, Cell, Grid, Table};

/// Column roles of an action table, by column index.
#[derive(Debug, Clone, PartialEq)]
struct Columns {
    roles: Vec<Role>,
}

impl Columns {
    fn find(&self, role: Role) -> Option<usize> {
        self.roles.iter().position(|r| *r == role)
    }

    /// The last column with this role: where several parent columns stand
    /// side by side, the one nearest the action is the most specific.
    fn find_last_before(&self, role: Role, limit: usize) -> Option<usize> {
        self.roles[..limit.min(self.roles.len())]
            .iter()
            .rposition(|r| *r == role)
    }
}

/// What carries over from one table to the next: the last action table's
/// columns (for a table continued without its header) and parent.
#[derive(Debug, Default)]
pub(crate) struct TableState {
    last_columns: Option<Columns>,
    last_parent: Option<Parent>,
}

/// Cell text from a grid slot ("" where there is none).
fn slot_text(grid: &Grid<'_>, r: usize, c: Option<usize>) -> String {
    c.and_then(|c| grid.slots[r][c])
        .map(|s| s.cell.text())
        .unwrap_or_default()
}

/// Maps a header row to column roles; None unless it names an action
/// column, or a parent column together with a lead or deadline column.
fn columns_from_header(texts: &[String]) -> Option<Columns> {
    let mut roles: Vec<Role> = texts.iter().map(|t| role_of_header(t)).collect();
    // Only one column of each role counts; a second "Action" header is
    // usually a sub-heading ("Actions"/"Action detail"): keep the first.
    for role in [Role::Lead, Role::Deadline, Role::Rag, Role::Status] {
        let mut seen = false;
        for r in roles.iter_mut() {
            if *r == role {
                if seen {
                    *r = Role::Other;
                }
                seen = true;
            }
        }
    }
    let known = roles
        .iter()
        .filter(|r| !matches!(r, Role::Other | Role::Number))
        .count();
    if known < 2 {
        return None;
    }
    let has = |role| roles.contains(&role);
    if !has(Role::Action) {
        // "Recommendation | Lead | Timescale": the parent is the action.
        let parent = roles.iter().position(|r| matches!(r, Role::Parent | Role::Summary))?;
        if !(has(Role::Lead) || has(Role::Deadline)) {
            return None;
        }
        roles[parent] = Role::Action;
    }
    Some(Columns { roles })
}

/// Reads the header rows' texts column by column (several header rows are
/// joined per column).
fn header_texts(grid: &Grid<'_>, header_rows: usize) -> Vec<String> {
    (0..grid.width)
        .map(|c| {
            let mut parts: Vec<String> = Vec::new();
            for r in 0..header_rows {
                if let Some(s) = grid.slots[r][c] {
                    let t = s.cell.text();
                    if !t.is_empty() && parts.last() != Some(&t) {
                        parts.push(t);
                    }
                }
            }
            parts.join(" ")
        })
        .collect()
}

/// True where a row repeats the header (a header carried onto a new page).
fn repeats_header(grid: &Grid<'_>, r: usize, header: &[String]) -> bool {
    let texts: Vec<String> = (0..grid.width).map(|c| slot_text(grid, r, Some(c))).collect();
    let non_empty = texts.iter().filter(|t| !t.is_empty()).count();
    non_empty >= 2
        && texts
            .iter()
            .zip(header)
            .all(|(t, h)| t.is_empty() || t.eq_ignore_ascii_case(h))
}

/// A parent from a parent cell: "Recommendation N: Title ..." gives id and
/// title; otherwise the first short paragraph, or first sentence, is the title.
fn parent_from_cell(cell: &Cell) -> Parent {
    let text = cell.text();
    if let Some(p) = parse_recommendation(&text) {
        let title = match cell.blocks.first() {
            Some(Block::Paragraph { text: first, .. }) if cell.blocks.len() > 1 => {
                parse_recommendation(first).and_then(|p| p.title)
            }
            _ => None,
        };
        return Parent {
            title: title.or(p.title),
            text: Some(text),
            ..p
        };
    }
    let title = match cell.blocks.first() {
        Some(Block::Paragraph { text: first, .. }) if cell.blocks.len() > 1 && first.chars().count() <= 120 => {
            first.clone()
        }
        _ => first_sentence(&text),
    };
    Parent {
        id: None,
        title: Some(title),
        text: Some(text),
    }
}

/// A cell's text as an id: short, starting with a digit or a letter-digit.
fn as_id(text: &str) -> Option<String> {
    let t = text.trim().trim_end_matches(['.', ':', ')']);
    let ok = !t.is_empty()
        && t.chars().count() <= 8
        && t.chars().any(|c| c.is_ascii_digit())
        && t.chars().all(|c| c.is_alphanumeric() || c == '.');
    ok.then(|| t.to_string())
}

/// True where a text holds a real word (three letters or more): a cell of
/// stray glyphs from a page break is not an action.
fn has_word(text: &str) -> bool {
    text.split(|c: char| !c.is_alphabetic()).any(|w| w.chars().count() >= 3)
}

impl TableState {
    /// The actions of one table, or None when it is not an action table.
    pub fn segment(&mut self, table: &Table, table_no: u32, ctx: &Context) -> Option<Vec<RawAction>> {
        let grid = table.grid();
        if grid.width == 0 {
            return None;
        }
        let mut header_rows = table.rows.iter().take_while(|r| r.header).count();
        let mut columns = None;
        if header_rows > 0 {
            columns = columns_from_header(&header_texts(&grid, header_rows));
        }
        if columns.is_none() {
            // No flagged header: try the first row as one.
            if let Some(c) = columns_from_header(&header_texts(&grid, 1)) {
                columns = Some(c);
                header_rows = 1;
            }
        }
        let continued = columns.is_none();
        let columns = match columns {
            Some(c) => c,
            None => match &self.last_columns {
                // A table continued on a new page without its header.
                Some(c) if c.roles.len() == grid.width && header_rows == 0 => c.clone(),
                _ => return None,
            },
        };
        let header = if continued {
            Vec::new()
        } else {
            header_texts(&grid, header_rows)
        };
        // The same columns as the table before: the same table carried on
        // over a page, so its parent carries on too.
        let same_as_last = self.last_columns.as_ref() == Some(&columns);
        self.last_columns = Some(columns.clone());
        if !same_as_last {
            self.last_parent = None;
        }
        let actions = self.rows(table, &grid, header_rows, &header, &columns, table_no, ctx);
        Some(actions)
    }

    #[allow(clippy::too_many_arguments)]
    fn rows(
        &mut self,
        table: &Table,
        grid: &Grid<'_>,
        header_rows: usize,
        header: &[String],
        columns: &Columns,
        table_no: u32,
        ctx: &Context,
    ) -> Vec<RawAction> {
        let action_col = columns.find(Role::Action).expect("action column");
        let parent_col = columns.find_last_before(Role::Parent, action_col);
        let summary_col = columns.find(Role::Summary);
        let number_col = columns.find(Role::Number);
        // A number column left of the parent numbers recommendations; one
        // right of it (or with no parent column beside a section heading)
        // numbers actions.
        let number_is_action = match (number_col, parent_col) {
            (Some(n), Some(p)) => n > p,
            (Some(_), None) => ctx.section.is_some(),
            _ => false,
        };
        let lead_col = columns.find(Role::Lead);
        let deadline_col = columns.find(Role::Deadline);
        let status_col = columns.find(Role::Status);
        let rag_col = columns.find(Role::Rag);
        let progress_col = columns.find(Role::Progress);

        let mut parent: Option<Parent> = self.last_parent.clone();
        let mut out: Vec<RawAction> = Vec::new();
        let mut prev_row_parent_id: Option<String> = None;
        for r in header_rows..grid.slots.len() {
            if !header.is_empty() && repeats_header(grid, r, header) {
                continue;
            }
            let row_page = table.rows[r].page.or(table.page);
            // The parent: a new one where the number or parent cell starts here.
            let number_slot = number_col.and_then(|c| grid.slots[r][c]);
            let number_text = number_slot
                .filter(|s| s.origin)
                .map(|s| s.cell.text())
                .unwrap_or_default();
            let parent_slot = parent_col.and_then(|c| grid.slots[r][c]);
            let parent_cell = parent_slot.filter(|s| s.origin && !s.cell.is_empty()).map(|s| s.cell);
            if !number_is_action && number_col.is_some() {
                if let Some(id) = as_id(&number_text) {
                    if prev_row_parent_id.as_deref() != Some(id.as_str()) {
                        let mut p = parent_cell.map(parent_from_cell).unwrap_or_default();
                        p.id = Some(id.clone());
                        parent = Some(p);
                        prev_row_parent_id = Some(id);
                    }
                } else if let (Some(cell), Some(p)) = (parent_cell, parent.as_mut()) {
                    // The same numbered parent, its text carried on in this row.
                    let more = cell.text();
                    p.text = Some(match p.text.take() {
                        Some(t) => format!("{t} {more}"),
                        None => more,
                    });
                } else if let Some(cell) = parent_cell {
                    parent = Some(parent_from_cell(cell));
                }
            } else if let Some(cell) = parent_cell {
                let text = cell.text();
                // Where parents are labelled "Recommendation N", a cell that is
                // not so labelled carries on the one above (cut by a page break).
                let labelled = parent.as_ref().is_some_and(|p| p.id.is_some());
                let carries_on = is_continuation(&text) || (labelled && parse_recommendation(&text).is_none());
                match parent.as_mut() {
                    Some(p) if carries_on => {
                        p.text = Some(format!("{} {text}", p.text.clone().unwrap_or_default()));
                    }
                    _ => parent = Some(parent_from_cell(cell)),
                }
            }

            let action_slot = grid.slots[r][action_col];
            let Some(action_slot) = action_slot.filter(|s| s.origin) else {
                continue;
            };
            let action_text = action_slot.cell.text();
            if !has_word(&action_text) {
                continue;
            }
            let field = |c: Option<usize>| {
                let t = slot_text(grid, r, c);
                (!t.is_empty()).then_some(t)
            };
            // Where actions are numbered, an unnumbered row with no lead and
            // no deadline is the numbered action above, cut by a page break.
            // (A number cell left empty, not spanned, marks such a row; so does
            // text that opens in lower case.)
            let unnumbered = number_is_action && number_slot.is_none_or(|s| s.origin && s.cell.is_empty());
            if unnumbered {
                if let Some(prev) = out.last_mut().filter(|p| p.action_id.is_some()) {
                    prev.action_text = format!("{} {action_text}", prev.action_text);
                    if let Some(more) = field(progress_col) {
                        prev.progress = Some(match prev.progress.take() {
                            Some(p) => format!("{p} {more}"),
                            None => more,
                        });
                    }
                    continue;
                }
            }
            let mut act = RawAction {
                action_text,
                lead: field(lead_col),
                deadline: field(deadline_col),
                status: field(status_col),
                rag: field(rag_col),
                progress: field(progress_col),
                page: row_page,
                table: Some(table_no),
                row: Some((r - header_rows + 1) as u32),
                ..RawAction::default()
            };
            if number_is_action {
                act.action_id = as_id(&number_text);
            }
            // The recommendation: the table's parent column, else the
            // section's numbered heading, else a summary column.
            let from_section = ctx.section.clone();
            let p = if parent_col.is_some() {
                parent.clone().or(from_section)
            } else if from_section.is_some() {
                from_section
            } else if let Some(sc) = summary_col {
                grid.slots[r][sc].map(|s| parent_from_cell(s.cell))
            } else if number_col.is_some() && !number_is_action {
                parent.clone()
            } else {
                ctx.heading.clone().map(|h| Parent {
                    id: None,
                    title: Some(h.clone()),
                    text: Some(h),
                })
            };
            if let Some(p) = p {
                act.rec_id = p.id;
                act.rec_title = p.title;
                act.rec_text = p.text;
            }
            // An unnumbered action with a blank lead shares the lead of the
            // action above it under the same parent (a lead cell left blank
            // for "as above"); numbered actions stand on their own.
            if act.lead.is_none() && act.action_id.is_none() {
                if let Some(prev) = out.last() {
                    if prev.rec_text == act.rec_text && prev.rec_id == act.rec_id {
                        act.lead = prev.lead.clone();
                    }
                }
            }
            if act.lead.is_none() {
                act.lead = ctx.section_lead.clone();
            }
            out.push(act);
        }
        self.last_parent = parent;
        out
    }
}
