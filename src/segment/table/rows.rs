//! Reading an action table row by row, once its columns are resolved: each
//! step a small function, the way pdfplumber's table finder is a chain.
//!
//! Per row: skip a repeated header; take a row spanning the table as the
//! next recommendation; follow the parent through number, parent, spanned
//! and continuation cells; read the action (its printed number out of its
//! text); join a row that only carries on the action above; read the
//! attribute cells, a RAG from the cell's colour where it prints none.

use super::super::colour::rating_of_fill;
use super::super::labels::{label_only, leading_labels, split_owner_and_date, sub_row_label, take_tail};
use super::super::patterns::{first_sentence, is_continuation, labelled_parent, parse_parent_heading};
use super::super::values::{as_id, has_word, split_action_number};
use super::super::vocabulary::{header_field, Field};
use super::super::{Context, Parent, RawAction};
use super::columns::ColumnMap;
use crate::model::{Block, Cell, Grid, Slot, Table};

/// Everything a row step reads, and the parent carried from row to row.
pub(crate) struct RowReader<'a> {
    pub table: &'a Table,
    pub grid: &'a Grid<'a>,
    pub cols: &'a ColumnMap,
    pub ctx: &'a Context,
    pub table_no: u32,
    /// The header row texts, to spot the header repeated on a new page.
    pub header: &'a [String],
    /// First body row.
    pub body_from: usize,
    /// The parent carried in from the table before (a table continued).
    pub parent: Option<Parent>,
}

/// Where a row's parent comes from, decided once per table.
struct Numbering {
    /// The number column numbers actions rather than recommendations.
    actions: bool,
    /// No number column, but the actions print their numbers at the start
    /// of their text ("1.1Extend the plan…", a PDF's column run together).
    in_text: bool,
}

impl<'a> RowReader<'a> {
    /// The table's actions, and the parent in force at its end.
    pub fn read(mut self) -> (Vec<RawAction>, Option<Parent>) {
        let spanning_parents = (self.body_from..self.grid.slots.len()).any(|r| self.spanning_row(r).is_some());
        let numbering = Numbering {
            actions: self.cols.numbers_actions(
                self.grid,
                self.body_from,
                self.ctx.section.is_some() || spanning_parents,
            ),
            in_text: self.numbered_in_text(),
        };
        let mut out: Vec<RawAction> = Vec::new();
        let mut prev_number: Option<String> = None;
        // The row before was a spanning parent, with no action under it yet.
        let mut after_spanning = false;
        for r in self.body_from..self.grid.slots.len() {
            if let Some(p) = self.spanning_row(r) {
                self.parent = Some(match self.parent.take() {
                    Some(numbered) if after_spanning => carry_spanning_parent(numbered, p),
                    _ => p,
                });
                after_spanning = true;
                prev_number = None;
                continue;
            }
            after_spanning = false;
            if self.repeats_header(r) {
                continue;
            }
            self.follow_parent(r, &numbering, &mut prev_number);
            if let Some((parent, actions)) = self.parent_then_actions(r) {
                self.parent = Some(parent);
                for text in actions {
                    let act = self.action(r, &numbering, text, out.last());
                    out.push(act);
                }
                continue;
            }
            let Some(text) = self.action_text(r) else {
                continue;
            };
            if self.sub_row(r, &text, &mut out) {
                continue;
            }
            if (numbering.actions || numbering.in_text) && self.carries_on(r, &mut out, &text) {
                continue;
            }
            let act = self.action(r, &numbering, text, out.last());
            out.push(act);
        }
        (out, self.parent)
    }

    fn slot(&self, r: usize, c: Option<usize>) -> Option<Slot<'a>> {
        c.and_then(|c| self.grid.slots[r].get(c).copied().flatten())
    }

    /// A cell's text ("" where there is none).
    fn text(&self, r: usize, c: Option<usize>) -> String {
        self.slot(r, c).map(|s| s.cell.text()).unwrap_or_default()
    }

    /// True where a row repeats the header (a header carried onto a new
    /// page), or is another header: every cell a label of the vocabulary.
    fn repeats_header(&self, r: usize) -> bool {
        let texts: Vec<String> = (0..self.grid.width).map(|c| self.text(r, Some(c))).collect();
        // Each cell once: a cell spanning the row is one cell, not a header.
        let non_empty: Vec<String> = self.grid.slots[r]
            .iter()
            .flatten()
            .filter(|s| s.origin)
            .map(|s| s.cell.text())
            .filter(|t| !t.is_empty())
            .collect();
        if non_empty.len() < 2 {
            return false;
        }
        // Compared on letters and digits: a PDF may set "Comment/Action"
        // as "Comment/ Action" on the next page.
        let fold = |t: &str| -> String {
            t.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        let same_as_header = !self.header.is_empty()
            && texts
                .iter()
                .zip(self.header)
                .all(|(t, h)| t.is_empty() || fold(t) == fold(h));
        let all_headers = non_empty
            .iter()
            .all(|t| t.split_whitespace().count() <= 6 && (label_only(t).is_some() || header_field(t).is_some()));
        same_as_header || all_headers
    }

    /// A row that is one cell across the table ("Recommendation 2: ...",
    /// a theme's name), or whose only text is a numbered recommendation:
    /// the parent of the rows below.
    fn spanning_row(&self, r: usize) -> Option<Parent> {
        let row = &self.grid.slots[r];
        let mut cells: Vec<&Cell> = Vec::new();
        for s in row.iter().flatten() {
            if !s.cell.is_empty() && !cells.iter().any(|c| std::ptr::eq(*c, s.cell)) {
                if s.spanned_down {
                    return None;
                }
                cells.push(s.cell);
            }
        }
        if let [number, cell] = cells.as_slice() {
            return self.numbered_spanning_row(r, number, cell);
        }
        let [cell] = cells.as_slice() else {
            return None;
        };
        let text = cell.text();
        let across = cell.col_span >= 2 && cell.col_span + 1 >= self.grid.width;
        match parse_parent_heading(&text).or_else(|| labelled_parent(&text)) {
            Some(p) => Some(Parent {
                text: Some(text.clone()),
                ..p
            }),
            None if across && self.grid.width >= 3 => Some(Parent {
                id: None,
                title: Some(first_sentence(&text)),
                text: Some(text),
            }),
            None => None,
        }
    }

    /// A row of a number and one cell spanning the rest of the table ("2 |
    /// Peer recommendation: Set a balanced budget"): the parent, numbered,
    /// of the rows below. Its text loses a leading recommendation label.
    fn numbered_spanning_row(&self, r: usize, number: &Cell, cell: &Cell) -> Option<Parent> {
        let in_number_column = self
            .slot(r, self.cols.number)
            .is_some_and(|s| std::ptr::eq(s.cell, number));
        let id = as_id(&number.text())?;
        let across = cell.col_span >= 2 && cell.col_span + 2 >= self.grid.width;
        if !in_number_column || !across {
            return None;
        }
        let text = cell.text();
        let body = match leading_labels(&text) {
            Some(l) if l.len() == 1 && l[0].field == Field::Recommendation && !l[0].value.is_empty() => {
                l[0].value.clone()
            }
            _ => text.clone(),
        };
        Some(Parent {
            id: Some(id),
            title: Some(first_sentence(&body)),
            text: Some(text),
        })
    }

    /// Follows the parent recommendation through this row's number and
    /// parent cells.
    fn follow_parent(&mut self, r: usize, numbering: &Numbering, prev_number: &mut Option<String>) {
        let number_slot = self.slot(r, self.cols.number);
        let number_text = number_slot
            .filter(|s| s.origin)
            .map(|s| s.cell.text())
            .unwrap_or_default();
        let parent_cell = self
            .slot(r, self.cols.parent)
            .filter(|s| s.origin && !s.cell.is_empty())
            .map(|s| s.cell);
        if !numbering.actions && self.cols.number.is_some() {
            if let Some(id) = as_id(&number_text) {
                if prev_number.as_deref() != Some(id.as_str()) {
                    let mut p = parent_cell.map(parent_from_cell).unwrap_or_default();
                    p.id = Some(id.clone());
                    self.parent = Some(p);
                    *prev_number = Some(id);
                }
                return;
            }
            if let (Some(cell), Some(p)) = (parent_cell, self.parent.as_mut()) {
                // The same numbered parent, its text carried on in this row.
                let more = cell.text();
                p.text = Some(match p.text.take() {
                    Some(t) => format!("{t} {more}"),
                    None => more,
                });
                return;
            }
        }
        if let Some(cell) = parent_cell {
            let text = cell.text();
            // Where parents are labelled "Recommendation N", a cell that is
            // not so labelled carries on the one above (cut by a page break).
            let labelled = self.parent.as_ref().is_some_and(|p| p.id.is_some());
            let numbered = parse_parent_heading(&text).is_some() || numbered_parent(&text).is_some();
            let carries_on = is_continuation(&text) || (labelled && !numbered);
            match self.parent.as_mut() {
                Some(p) if carries_on => {
                    p.text = Some(format!("{} {text}", p.text.clone().unwrap_or_default()));
                }
                _ => self.parent = Some(parent_from_cell(cell)),
            }
        }
    }

    /// The parent and actions of an action cell that names its parent
    /// first, where the table has no parent column of its own.
    fn parent_then_actions(&self, r: usize) -> Option<(Parent, Vec<String>)> {
        if self.cols.parent.is_some() {
            return None;
        }
        let slot = self.slot(r, Some(self.cols.action)).filter(|s| s.origin)?;
        super::parent_cell::parent_then_actions(slot.cell)
    }

    /// The action cell's text where this row starts one with a real word;
    /// a table nested in the cell (its milestones) is not part of it.
    fn action_text(&self, r: usize) -> Option<String> {
        let slot = self.slot(r, Some(self.cols.action)).filter(|s| s.origin)?;
        let text = super::nested::action_text(slot.cell);
        has_word(&text).then_some(text)
    }

    /// True where the row is a labelled sub-row of the action above ("Milestone:
    /// Appoint the partner | | Jul 2025 | Done"): its number cell empty and
    /// its action cell opening with a label of an action's attribute. It is
    /// part of that action, not one of its own, and its date or status are
    /// the sub-row's, not the action's; a progress note joins the action's.
    fn sub_row(&self, r: usize, text: &str, out: &mut [RawAction]) -> bool {
        let unnumbered = self.slot(r, self.cols.number).is_none_or(|s| s.cell.is_empty());
        let Some(field) = sub_row_label(text).filter(|_| unnumbered) else {
            return false;
        };
        let Some(prev) = out.last_mut() else {
            return false;
        };
        tracing::debug!("row {}: a {} sub-row of the action above", r + 1, field.name());
        if field == Field::Progress {
            prev.progress = Some(match prev.progress.take() {
                Some(p) => format!("{p} {text}"),
                None => text.to_string(),
            });
        }
        true
    }

    /// True where the table has no number column and its actions print
    /// their numbers in their text: the first action and at least one more
    /// open with an action's number. A row without one then carries on the
    /// action above (its wrapped lines, read as rows of their own).
    fn numbered_in_text(&self) -> bool {
        if self.cols.number.is_some() {
            return false;
        }
        let numbered: Vec<bool> = (self.body_from..self.grid.slots.len())
            .filter_map(|r| self.action_text(r))
            .map(|t| split_action_number(&t).is_some())
            .collect();
        numbered.first() == Some(&true) && numbered.iter().filter(|n| **n).count() >= 2
    }

    /// Where actions are numbered, an unnumbered row is the numbered action
    /// above, cut by a page break or a wrapped line read as a row: its text
    /// (and progress, and the rest of an owner-and-date cell) join that one.
    fn carries_on(&self, r: usize, out: &mut [RawAction], text: &str) -> bool {
        let number_slot = self.slot(r, self.cols.number);
        let unnumbered = number_slot.is_none_or(|s| s.origin && s.cell.is_empty());
        let text_numbered = split_action_number(text).is_some();
        if !unnumbered || text_numbered {
            return false;
        }
        let Some(prev) = out.last_mut().filter(|p| p.action_id.is_some()) else {
            // No action above in this table: a line opening in lower case is
            // the end of a text before the table (a paragraph the page cut),
            // not an action of its own.
            if out.is_empty() && is_continuation(text) {
                tracing::debug!("row {}: the end of a text before the table, not an action", r + 1);
                return true;
            }
            return false;
        };
        prev.action_text = format!("{} {text}", prev.action_text);
        let more_lines = self.cell_lines(r, self.cols.lead_and_deadline);
        if !more_lines.is_empty() {
            let lines: Vec<String> = [prev.lead.take(), prev.deadline.take()]
                .into_iter()
                .flatten()
                .chain(more_lines)
                .collect();
            (prev.lead, prev.deadline) = split_owner_and_date(&lines);
        }
        let more = self.text(r, self.cols.progress);
        if !more.is_empty() {
            prev.progress = Some(match prev.progress.take() {
                Some(p) => format!("{p} {more}"),
                None => more,
            });
        }
        true
    }

    /// The non-empty texts of a cell's blocks, one a line.
    fn cell_lines(&self, r: usize, c: Option<usize>) -> Vec<String> {
        self.slot(r, c)
            .map(|s| {
                s.cell
                    .blocks
                    .iter()
                    .map(Block::text)
                    .filter(|t| !t.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The action a row holds.
    fn action(&self, r: usize, numbering: &Numbering, text: String, prev: Option<&RawAction>) -> RawAction {
        let field = |c: Option<usize>| {
            let t = self.text(r, c);
            (!t.is_empty()).then_some(t)
        };
        let row_page = self.table.rows[r].page.or(self.table.page);
        // The lead keeps its cell's lines: a line break between two posts
        // parts them (the owner splitter joins a line that only wraps).
        let lead = self
            .slot(r, self.cols.lead)
            .map(|s| s.cell.lines().join("\n"))
            .filter(|t| !t.is_empty());
        let mut act = RawAction {
            lead,
            deadline: self.deadline(r),
            status: field(self.cols.status),
            rag: field(self.cols.rag).or_else(|| self.rag_from_fill(r)),
            progress: field(self.cols.progress),
            page: row_page,
            table: Some(self.table_no),
            row: Some((r - self.body_from + 1) as u32),
            ..RawAction::default()
        };
        // The action's number: the number column where it numbers actions,
        // else printed at the start of the action's text.
        if let Some(c) = self.cols.action_number {
            act.action_id = self
                .slot(r, Some(c))
                .filter(|s| s.origin)
                .and_then(|s| as_id(&s.cell.text()));
        } else if numbering.actions {
            act.action_id = self
                .slot(r, self.cols.number)
                .filter(|s| s.origin)
                .and_then(|s| as_id(&s.cell.text()));
        }
        let text = match split_action_number(&text) {
            Some((id, rest)) if has_word(&rest) => {
                act.action_id.get_or_insert(id);
                rest
            }
            _ => text,
        };
        // Where the table has no lead or deadline column, the action text
        // may carry them in a tail: "... (Lead: X; by Y)".
        act.action_text = if self.cols.lead.is_none() || self.cols.deadline.is_none() {
            let tail = take_tail(&text);
            for l in tail.fields {
                match l.field {
                    Field::Lead if act.lead.is_none() => act.lead = Some(l.value),
                    Field::Deadline if act.deadline.is_none() => act.deadline = Some(l.value),
                    Field::Status if act.status.is_none() => act.status = Some(l.value),
                    _ => {}
                }
            }
            tail.body
        } else {
            text
        };
        let lines = self.cell_lines(r, self.cols.lead_and_deadline);
        if !lines.is_empty() {
            let (owner, date) = split_owner_and_date(&lines);
            act.lead = act.lead.take().or(owner);
            act.deadline = act.deadline.take().or(date);
        }
        if act.lead.is_none() {
            act.lead = field(self.cols.lead_member);
        }
        // No deadline of its own: the last date of a milestone table set
        // inside the action cell.
        if act.deadline.is_none() {
            act.deadline = self
                .slot(r, Some(self.cols.action))
                .filter(|s| s.origin)
                .and_then(|s| super::nested::deadline(s.cell));
        }
        if let Some(p) = self.parent_of_row(r) {
            act.rec_id = p.id;
            act.rec_title = p.title;
            act.rec_text = p.text;
        }
        // An unnumbered action with a blank lead shares the lead of the
        // action above it under the same parent (a lead cell left blank
        // for "as above"); numbered actions stand on their own.
        if act.lead.is_none() && act.action_id.is_none() {
            if let Some(prev) = prev.filter(|p| p.rec_text == act.rec_text && p.rec_id == act.rec_id) {
                act.lead = prev.lead.clone();
            }
        }
        if act.lead.is_none() {
            act.lead = self
                .ctx
                .section_lead
                .clone()
                .or_else(|| self.ctx.section_lead_member.clone());
        }
        act
    }

    /// The deadline: its cell, or a start and an end cell as one range.
    fn deadline(&self, r: usize) -> Option<String> {
        // A dash or a blank says there is no date.
        let dated = |t: String| {
            if t.chars().any(char::is_alphanumeric) {
                t
            } else {
                String::new()
            }
        };
        let end = dated(self.text(r, self.cols.deadline));
        let start = dated(self.text(r, self.cols.start));
        match (start.is_empty(), end.is_empty()) {
            (false, false) => Some(format!("{start} – {end}")),
            // An end date alone, beside a start column, is when it is due
            // by (deadlines rule 7), not a one-day period.
            (true, false) if self.cols.start.is_some() && end.chars().next().is_some_and(|c| c.is_ascii_digit()) => {
                Some(format!("By {end}"))
            }
            (true, false) => Some(end),
            (false, true) => Some(start),
            (true, true) => None,
        }
    }

    /// A RAG cell that prints nothing but is painted a rating's colour. A
    /// fill the whole row shares is the row's shading, not a rating.
    fn rag_from_fill(&self, r: usize) -> Option<String> {
        let slot = self.slot(r, self.cols.rag)?;
        let fill = slot.cell.fill?;
        let shared = self.grid.slots[r]
            .iter()
            .flatten()
            .filter(|s| !std::ptr::eq(s.cell, slot.cell))
            .any(|s| s.cell.fill == Some(fill));
        if shared {
            return None;
        }
        rating_of_fill(fill).map(str::to_string)
    }

    /// The row's recommendation: the table's parent column (or spanning
    /// rows, or numbered parents), else the section's numbered heading,
    /// else a summary column, else the heading above the table.
    fn parent_of_row(&self, r: usize) -> Option<Parent> {
        let from_section = self.ctx.section.clone();
        if self.cols.parent.is_some() {
            return self.parent.clone().or(from_section);
        }
        if self.parent.is_some() {
            return self.parent.clone();
        }
        if from_section.is_some() {
            return from_section;
        }
        if let Some(s) = self.slot(r, self.cols.summary) {
            return Some(parent_from_cell(s.cell));
        }
        self.ctx.heading.clone().map(|h| Parent {
            id: None,
            title: Some(h.clone()),
            text: Some(h),
        })
    }
}

/// Two spanning rows in a row, before any action: where the first is a
/// numbered parent ("Recommendation 1 Put the finances…") and the second
/// is not ("What the peers said: …"), the second is more of the first's
/// text; otherwise the second is the parent (a theme, then its numbered
/// recommendation).
fn carry_spanning_parent(first: Parent, second: Parent) -> Parent {
    if first.id.is_none() || second.id.is_some() {
        return second;
    }
    let more = second.text.unwrap_or_default();
    Parent {
        text: Some(match first.text {
            Some(t) if !more.is_empty() => format!("{t} {more}"),
            Some(t) => t,
            None => more,
        }),
        ..first
    }
}

/// A parent from a parent cell: "Recommendation N: Title ..." gives id and
/// title; otherwise the first short paragraph, or first sentence, is the title.
pub(crate) fn parent_from_cell(cell: &Cell) -> Parent {
    let text = cell.text();
    if let Some(p) = parse_parent_heading(&text) {
        let title = match cell.blocks.first() {
            Some(Block::Paragraph { text: first, .. }) if cell.blocks.len() > 1 => {
                parse_parent_heading(first).and_then(|p| p.title)
            }
            _ => None,
        };
        return Parent {
            title: title.or(p.title),
            text: Some(text),
            ..p
        };
    }
    // "1. Financial sustainability": a parent cell that numbers itself.
    let (id, rest) = match numbered_parent(&text) {
        Some((id, rest)) => (Some(id), rest.to_string()),
        None => (None, text.clone()),
    };
    let title = match cell.blocks.first() {
        Some(Block::Paragraph { text: first, .. }) if cell.blocks.len() > 1 && first.chars().count() <= 120 => {
            numbered_parent(first).map_or(first.clone(), |(_, t)| t.to_string())
        }
        _ => first_sentence(&rest),
    };
    Parent {
        id,
        title: Some(title),
        text: Some(text),
    }
}

/// "1. Financial sustainability", "2) Governance", "3a Workforce": a number
/// opening a parent's text, and the rest.
fn numbered_parent(text: &str) -> Option<(String, &str)> {
    let t = text.trim_start();
    let digits = t.chars().take_while(char::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return None;
    }
    let mut end = digits;
    if t[end..].starts_with(|c: char| c.is_ascii_lowercase()) && t[end + 1..].starts_with([' ', '.', ')']) {
        end += 1;
    }
    let id = &t[..end];
    // A number then punctuation ("1.", "2)"), or a lettered number ("3a"):
    // "10 homes a year" opens with a count, not a number.
    let punctuated = t[end..].strip_prefix(['.', ')']);
    if punctuated.is_none() && end == digits {
        return None;
    }
    let rest = punctuated.unwrap_or(&t[end..]);
    let rest = rest.strip_prefix(' ')?.trim_start();
    rest.starts_with(|c: char| c.is_alphabetic())
        .then(|| (id.to_string(), rest))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_spanning_row_after_a_numbered_one_carries_its_text() {
        let parent = |id: Option<&str>, text: &str| Parent {
            id: id.map(str::to_string),
            title: Some(text.to_string()),
            text: Some(text.to_string()),
        };
        // (first spanning row, second) -> (id, title, text) of the parent
        let cases = [
            (
                parent(Some("1"), "Put the finances right"),
                parent(None, "What the peers said: a gap."),
                (
                    Some("1"),
                    "Put the finances right",
                    "Put the finances right What the peers said: a gap.",
                ),
            ),
            // A theme, then its numbered recommendation: the recommendation.
            (
                parent(None, "Place"),
                parent(Some("2"), "Build homes"),
                (Some("2"), "Build homes", "Build homes"),
            ),
            // Two numbered rows: the second is the parent.
            (
                parent(Some("1"), "Finances"),
                parent(Some("2"), "Homes"),
                (Some("2"), "Homes", "Homes"),
            ),
        ];
        for (first, second, (id, title, text)) in cases {
            let p = carry_spanning_parent(first, second);
            assert_eq!(
                (p.id.as_deref(), p.title.as_deref(), p.text.as_deref()),
                (id, Some(title), Some(text))
            );
        }
    }

    #[test]
    fn parents_that_number_themselves() {
        let cases = [
            ("1. Financial sustainability", Some(("1", "Financial sustainability"))),
            ("2) Governance", Some(("2", "Governance"))),
            ("3a Workforce", Some(("3a", "Workforce"))),
            ("2024 was a year", None),
            ("10 homes a year", None),
            ("Housing", None),
        ];
        for (text, want) in cases {
            assert_eq!(numbered_parent(text), want.map(|(a, b)| (a.to_string(), b)), "{text:?}");
        }
    }
}
