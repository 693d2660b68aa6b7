//! Actions outside tables: labelled blocks ("What we will do: ...",
//! "Responsible officer: ...", a `<dt>` above its `<dd>`), numbered
//! paragraphs under a recommendation ("Action 2.1: ...", "2.1 ..."), and
//! paragraphs or list items with a tail of fields ("... (Lead: X; by Y)").
//!
//! Running text is not an action: a block counts only where it is opened by
//! an action number or an action label, or carries labelled attributes of
//! its own (a lead, a deadline, a status, a RAG, a progress note).

use super::draft::Draft;
use super::labels::{label_only, leading_labels, split_inner_labels, take_tail, Labelled};
use super::patterns::{nests_under, parse_recommendation};
use super::values::{action_marker, has_word, is_prose, is_rag_value, is_status_value, split_action_number};
use super::vocabulary::Field;
use super::{Context, Parent, RawAction};
use crate::model::Block;

/// One line of a section: a paragraph, a heading or a list item; an
/// empty line for a table that was not an action table (a break).
struct Line<'a> {
    /// Block number in the document.
    index: usize,
    page: Option<u32>,
    text: &'a str,
    /// True for an item of a list.
    item: bool,
    /// True for a table that holds no actions: a break in the section.
    table: bool,
    /// True for a heading.
    heading: bool,
}

/// What a section's blocks hold outside tables.
#[derive(Debug, Default)]
pub(crate) struct Found {
    /// The actions, in order.
    pub actions: Vec<RawAction>,
    /// A lead officer named for the whole section, before its actions.
    pub section_lead: Option<String>,
    /// A lead councillor named for the whole section.
    pub section_lead_member: Option<String>,
}

/// How a draft was opened: the evidence it must still gather to count.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Opened {
    /// By an action number ("Action 1.2", "2.1 ..."): an action already.
    Number,
    /// By an action label ("What we will do:"): needs one attribute.
    Label,
    /// By plain text: an action only once labelled attributes follow.
    Text,
}

/// True where a line carries on the action text before it: any line after
/// an action opened by its number or label (its sub-steps, its second
/// paragraph), but after plain text only the items of a list it introduces
/// ("... in three phases:").
fn continues_action(d: &Draft, how: Opened, line: &Line<'_>) -> bool {
    match how {
        Opened::Number | Opened::Label => true,
        Opened::Text => line.item && d.text.as_deref().is_some_and(|t| t.trim_end().ends_with(':')),
    }
}

/// True where a line carries on the field value before it, wrapped: the
/// value stops on a joining word ("Head of", "Director of Finance and"),
/// the line opens in lower case, or a deadline reads only with the line
/// ("26" / "March 2025").
fn carries_value(d: &Draft, field: Field, next: &str) -> bool {
    let value = match field {
        Field::Lead => d.lead.as_deref(),
        Field::LeadMember => d.lead_member.as_deref(),
        Field::Deadline => d.deadline.as_deref(),
        Field::Status => d.status.as_deref(),
        _ => d.rag.as_deref(),
    };
    let Some(value) = value.map(str::trim).filter(|v| !v.is_empty()) else {
        return false;
    };
    let last_word = value.split_whitespace().last().unwrap_or("").to_lowercase();
    let joining = value.ends_with([',', '/', '&', '-', '–', '+'])
        || matches!(
            last_word.as_str(),
            "of" | "and" | "the" | "for" | "to" | "by" | "in" | "&"
        );
    let lower = next.trim_start().starts_with(|c: char| c.is_lowercase() || c == '(');
    let date_needs_it = field == Field::Deadline && {
        use crate::normalise::deadline::normalise_deadline;
        use crate::record::DeadlineKind;
        let alone = normalise_deadline(value, None).deadline.kind;
        let (head, _) = split_inner_labels(next);
        let joined = normalise_deadline(&format!("{value} {head}"), None).deadline.kind;
        alone == DeadlineKind::Unparsed && joined != DeadlineKind::Unparsed
    };
    joining || lower || date_needs_it
}

/// "3. We will ...": a plain list number before a sentence, and the
/// sentence. (A report numbers its paragraphs so too: such a line is an
/// action only where labelled attributes follow it.)
fn list_number(text: &str) -> Option<(String, String)> {
    let (id, rest) = super::patterns::split_list_number(text, 3)?;
    let rest = rest.strip_prefix(' ')?.trim_start();
    (rest.starts_with(char::is_uppercase) && has_word(rest)).then(|| (id.to_string(), rest.to_string()))
}

/// True for an item's text that may be an action with nothing else said:
/// prose opening with a capital, not a note under a label of its own
/// ("Context: ..."), not narrative ("The peer team found ...").
fn reads_as_bare_action(text: &str) -> bool {
    let first = text.split_whitespace().next().unwrap_or("");
    let lead_in = text
        .find(':')
        .is_some_and(|i| text[..i].split_whitespace().count() <= 3);
    let narrative = super::vocabulary::NARRATIVE_OPENINGS.contains(&first.to_lowercase().as_str());
    is_prose(text) && text.starts_with(char::is_uppercase) && !lead_in && !narrative
}

/// Puts drafts together line by line.
struct Assembler<'c> {
    ctx: &'c Context,
    open: Option<(Draft, Opened)>,
    /// A label standing alone, waiting for its value on the next line.
    waiting: Option<Field>,
    /// The field the last value went to: text that carries on goes there.
    last: Option<Field>,
    /// A recommendation named by a label inside the blocks.
    parent: Option<Parent>,
    /// The open draft's only evidence is a date in brackets at its end.
    weak: bool,
    /// The open draft's text is the words of its numbered heading: a title
    /// that an action label's value replaces.
    titled: bool,
    /// The open draft began on a list item.
    open_item: bool,
    /// Actions kept as bare items of a list, by the block they came from.
    bare_items: Vec<(usize, usize)>,
    /// The list (by block) whose item gave the last labelled value.
    labelled_item: Option<usize>,
    /// The open draft was opened by a plain list number ("3."), which a
    /// report's paragraphs carry too: it needs an attribute to count.
    listed: bool,
    /// A list (by block) whose items are all one field's value.
    list_value: Option<(usize, Field)>,
    /// Actions kept on weak evidence, by the block they came from: kept
    /// only where their section is a recommendation's or their list holds
    /// another such item.
    weak_blocks: Vec<(usize, usize)>,
    found: Found,
}

/// The actions in a section's blocks that no table claimed.
pub(crate) fn actions(blocks: &[(usize, &Block)], ctx: &Context) -> Found {
    let mut asm = Assembler {
        ctx,
        open: None,
        waiting: None,
        last: None,
        parent: None,
        weak: false,
        titled: false,
        listed: false,
        labelled_item: None,
        open_item: false,
        bare_items: Vec::new(),
        list_value: None,
        weak_blocks: Vec::new(),
        found: Found::default(),
    };
    for line in lines(blocks) {
        asm.line(&line);
    }
    asm.close();
    asm.drop_lone_weak();
    let lead = asm.found.section_lead.clone();
    let member = asm.found.section_lead_member.clone();
    // Actions before the section's lead line was seen still take it.
    for a in &mut asm.found.actions {
        if a.lead.is_none() {
            a.lead = lead.clone().or_else(|| member.clone());
        }
    }
    asm.found
}

/// The section's lead officer and member, where its blocks name them
/// before any action: for the tables that follow.
pub(crate) fn section_leads(blocks: &[(usize, &Block)], ctx: &Context) -> (Option<String>, Option<String>) {
    let found = actions(blocks, ctx);
    (found.section_lead, found.section_lead_member)
}

fn lines<'a>(blocks: &[(usize, &'a Block)]) -> Vec<Line<'a>> {
    let mut out = Vec::new();
    for (i, b) in blocks {
        match b {
            Block::Paragraph { text, page } => out.push(Line {
                index: *i,
                page: *page,
                text,
                item: false,
                table: false,
                heading: false,
            }),
            Block::Heading { text, page, .. } => out.push(Line {
                index: *i,
                page: *page,
                text,
                item: false,
                table: false,
                heading: true,
            }),
            Block::List { items, page, .. } => out.extend(items.iter().map(|t| Line {
                index: *i,
                page: *page,
                text: t,
                item: true,
                table: false,
                heading: false,
            })),
            Block::Table(t) => out.push(Line {
                index: *i,
                page: t.page,
                text: "",
                item: false,
                table: true,
                heading: false,
            }),
        }
    }
    out
}

impl Assembler<'_> {
    fn line(&mut self, line: &Line<'_>) {
        let text = line.text.trim();
        if line.table {
            // A table between: nothing carries across it.
            self.close();
            self.waiting = None;
            self.last = None;
            return;
        }
        if !text.chars().any(char::is_alphanumeric) {
            // A bullet or a rule left alone on its line says nothing.
            return;
        }
        // A recommendation opening a list item or a line inside the blocks.
        if let Some(p) = parse_recommendation(text).filter(|_| text.chars().count() <= 400) {
            self.close();
            self.waiting = None;
            self.last = None;
            self.parent = Some(p);
            return;
        }
        if self.progress_of_earlier(text) {
            return;
        }
        // An action number alone or opening the line.
        if let Some(id) = action_marker(text) {
            self.waiting = None;
            self.start(Draft::default(), Opened::Number, line);
            if let Some((d, _)) = self.open.as_mut() {
                d.id = Some(id);
            }
            self.last = None;
            return;
        }
        if let Some(field) = label_only(text) {
            self.waiting = Some(field);
            return;
        }
        if let Some(labelled) = leading_labels(text) {
            self.waiting = None;
            self.labelled_item = line.item.then_some(line.index);
            let alone = labelled.len() == 1 && labelled[0].value.is_empty();
            for l in labelled {
                self.value(l.field, &l.value, line);
            }
            if alone {
                // "Deadline:" with its value on the next line, or none.
                self.waiting = Some(self.last.unwrap_or(Field::NotAction));
            }
            return;
        }
        if let Some(field) = self.waiting.take() {
            // The value, then any labels after it on the same line
            // ("Sept 2025. Status: In progress.").
            let (head, inner) = split_inner_labels(text);
            if inner.is_empty() || field == Field::Action {
                self.value(field, text, line);
            } else {
                self.value(field, &head, line);
                for Labelled { field, value } in inner {
                    self.value(field, &value, line);
                }
            }
            if line.item {
                self.list_value = Some((line.index, field));
            }
            return;
        }
        if let Some((index, field)) = self.list_value {
            if line.item && line.index == index {
                // The next item of a list that is one field's value.
                if let Some((d, _)) = self.open.as_mut() {
                    match field {
                        Field::Action => d.join(field, &format!("• {text}"), " "),
                        _ => d.join(field, text, "; "),
                    }
                }
                return;
            }
            self.list_value = None;
        }
        let nested = !self.numbered_here(text) && self.nests_under_outline(text);
        if nested || self.numbered_here(text) {
            let (id, rest) = split_action_number(text).unwrap_or_default();
            self.start(Draft::default(), Opened::Number, line);
            if let Some((d, _)) = self.open.as_mut() {
                d.id = Some(id);
            }
            // "3.2 Green": a number and its badge, the text to follow.
            if is_status_value(&rest) || is_rag_value(&rest) {
                self.text(&rest, line);
            } else {
                self.take_text(&rest);
                self.titled = line.heading || super::patterns::is_title_like(&rest);
            }
            // Under an outline's heading a numbered paragraph may be a
            // finding ("1.1 The peer team found…"): an action once an
            // attribute follows.
            self.listed = nested;
            return;
        }
        self.text(text, line);
    }

    /// A numbered paragraph ("2.1 The council will ...") opens an action
    /// under a recommendation; elsewhere numbered paragraphs are a report's,
    /// unless the number says it is an action's ("Action 2.1 – ...").
    /// A progress note naming an action read already ("4.1 Progress:
    /// Complete." after the actions 4.1 to 4.3): its text goes to that
    /// action, which has no progress yet. False where the line is no such
    /// note, or names no action read.
    fn progress_of_earlier(&mut self, text: &str) -> bool {
        let Some((id, note)) = super::labels::numbered_progress(text) else {
            return false;
        };
        let wanted = |a: &Option<String>, p: &Option<String>| a.as_deref() == Some(id.as_str()) && p.is_none();
        if let Some((d, _)) = self.open.as_mut().filter(|(d, _)| wanted(&d.id, &d.progress)) {
            d.progress = Some(note);
            return true;
        }
        match self
            .found
            .actions
            .iter_mut()
            .rev()
            .find(|a| wanted(&a.action_id, &a.progress))
        {
            Some(a) => {
                a.progress = Some(note);
                true
            }
            None => false,
        }
    }

    /// True where a line's action number nests under the number of the
    /// outline heading above ("1.2 Hold away days" under "1 Build a shared
    /// culture").
    fn nests_under_outline(&self, text: &str) -> bool {
        let Some(parent_id) = self.ctx.outline_heading.as_ref().and_then(|p| p.id.as_deref()) else {
            return false;
        };
        split_action_number(text).is_some_and(|(id, rest)| has_word(&rest) && nests_under(&id, parent_id))
    }

    fn numbered_here(&self, text: &str) -> bool {
        let explicit = text.trim_start().to_lowercase().starts_with("action");
        (explicit || self.ctx.section.is_some() || self.parent.is_some())
            && split_action_number(text).is_some_and(|(_, rest)| has_word(&rest))
    }

    /// A line of plain text: more of the field before it, the text of an
    /// open action still without one, a bare RAG or status, or the text of
    /// a new candidate action.
    fn text(&mut self, text: &str, line: &Line<'_>) {
        // A numbered line after an action that has its attributes opens the
        // next action: "2. We will ..." after "1. ...", "Lead – X",
        // "Position – ...", whatever the last value was.
        let numbered = !line.item && split_action_number(text).is_some_and(|(_, rest)| has_word(&rest));
        let listed = (!line.item).then(|| list_number(text)).flatten();
        if (numbered || listed.is_some()) && self.open.as_ref().is_some_and(|(d, _)| d.attributes() >= 1) {
            self.start_text(text, listed, line);
            return;
        }
        if let Some((d, how)) = self.open.as_mut() {
            let how = *how;
            // A bare rating or status (a badge) belongs to an action opened
            // by its number or label; after plain text it says nothing.
            if how != Opened::Text && is_status_value(text) && d.status.is_none() {
                d.set(Field::Status, text);
                return;
            }
            if how != Opened::Text && is_rag_value(text) && d.rag.is_none() {
                d.set(Field::Rag, text);
                return;
            }
            if d.text.is_none() && matches!(self.last, None | Some(Field::Number)) {
                self.take_text(text);
                return;
            }
            match self.last {
                Some(Field::Action) if continues_action(d, how, line) => {
                    // Carried on, with any labels inside the new line ("...
                    // Council Plan. Responsible: X. Due: Y.").
                    let bullet = if line.item { "• " } else { "" };
                    self.carry_on(Field::Action, bullet, text);
                    return;
                }
                // An item after a labelled item of the same list ("Note:
                // ...") is an item of its own, not more of the note.
                Some(Field::Progress) if !(line.item && self.labelled_item == Some(line.index)) => {
                    self.carry_on(Field::Progress, "", text);
                    return;
                }
                Some(Field::NotAction) => return,
                Some(f @ (Field::Lead | Field::LeadMember | Field::Deadline | Field::Status | Field::Rag))
                    if !line.item && carries_value(d, f, text) =>
                {
                    // A value wrapped onto the next line ("Due: 26" /
                    // "March 2025. Status: In progress.").
                    self.carry_on(f, "", text);
                    return;
                }
                _ => {}
            }
        }
        self.start_text(text, listed, line);
    }

    /// Opens a draft on a line of plain text, its list number ("3.") taken
    /// as the action's number.
    fn start_text(&mut self, text: &str, listed: Option<(String, String)>, line: &Line<'_>) {
        match listed {
            Some((id, rest)) => {
                // Numbered: what follows is its text until the next number,
                // but it stays an action only once attributes follow.
                self.start(Draft::default(), Opened::Number, line);
                self.listed = true;
                self.take_text(&rest);
                if let Some((d, _)) = self.open.as_mut() {
                    d.id.get_or_insert(id);
                }
                // A rating in brackets at its end ("(Amber)") does not take
                // the next line.
                self.last = Some(Field::Action);
            }
            None => {
                self.start(Draft::default(), Opened::Text, line);
                self.take_text(text);
            }
        }
    }

    /// Carries a field's value on with a new line: the line up to the
    /// labels inside it goes to `field` (after `prefix`), each label's value
    /// to its own field, and a label left without a value at the end of the
    /// line waits for the next.
    fn carry_on(&mut self, field: Field, prefix: &str, text: &str) {
        let (head, inner) = split_inner_labels(text);
        let head = if inner.is_empty() {
            text.trim().to_string()
        } else {
            head
        };
        let Some((d, _)) = self.open.as_mut() else {
            return;
        };
        if !head.is_empty() {
            d.set(field, &format!("{prefix}{head}"));
        }
        for Labelled { field, value } in inner {
            if value.is_empty() {
                self.waiting = Some(field);
            }
            d.set(field, &value);
            self.last = Some(field);
        }
    }

    /// Sets the open draft's text, its printed number and any tail of
    /// fields taken off it.
    fn take_text(&mut self, text: &str) {
        // A tail at the end, or labels after the text ("... (Lead: X; by Y)
        // Status: Delayed") with the tail before them.
        let mut tail = take_tail(text);
        let (head, mut inner) = split_inner_labels(&tail.body);
        if tail.fields.is_empty() && !inner.is_empty() {
            tail = take_tail(&head);
        } else {
            tail.body = head;
        }
        let body = tail.body.clone();
        // A label left without a value at the end waits for the next line.
        let waiting = inner.last().filter(|l| l.value.is_empty()).map(|l| l.field);
        inner.retain(|l| !l.value.is_empty());
        self.weak = tail.bare && inner.is_empty();
        let (id, body) = match split_action_number(&body) {
            Some((id, rest)) if has_word(&rest) => (Some(id), rest),
            _ => (None, body),
        };
        let Some((d, _)) = self.open.as_mut() else {
            return;
        };
        if d.id.is_none() {
            d.id = id;
        }
        d.set(Field::Action, &body);
        self.last = Some(Field::Action);
        for Labelled { field, value } in inner.into_iter().chain(tail.fields) {
            d.set(field, &value);
            self.last = Some(field);
        }
        if waiting.is_some() {
            self.waiting = waiting;
        }
    }

    /// A labelled value.
    fn value(&mut self, field: Field, value: &str, line: &Line<'_>) {
        match field {
            Field::Action => {
                // A numbered heading's words ("1.1 Redmarsh 2040 vision")
                // are a title where an action label follows: the label's
                // value is the action.
                if let Some((d, Opened::Number)) = self.open.as_mut() {
                    if (d.attributes() == 0 && self.last == Some(Field::Action)) || self.titled {
                        d.text = None;
                    }
                }
                self.titled = false;
                let has_text = self.open.as_ref().is_some_and(|(d, _)| d.text.is_some());
                if has_text || self.open.is_none() {
                    self.start(Draft::default(), Opened::Label, line);
                }
                if let Some((_, how)) = self.open.as_mut() {
                    if *how == Opened::Text {
                        *how = Opened::Label;
                    }
                }
                self.take_text(value);
            }
            Field::Recommendation if is_prose(value) => {
                self.close();
                self.parent = Some(parse_recommendation(value).unwrap_or_else(|| Parent {
                    id: None,
                    title: Some(super::patterns::first_sentence(value)),
                    text: Some(value.to_string()),
                }));
                self.last = None;
            }
            Field::Lead | Field::LeadMember if self.open.is_none() && self.found.actions.is_empty() => {
                let slot = if field == Field::Lead {
                    &mut self.found.section_lead
                } else {
                    &mut self.found.section_lead_member
                };
                if slot.is_none() && !value.is_empty() {
                    *slot = Some(value.to_string());
                }
                self.last = None;
            }
            Field::NotAction | Field::Group | Field::Summary => self.last = Some(Field::NotAction),
            _ => {
                if let Some((d, _)) = self.open.as_mut() {
                    d.set(field, value);
                    self.weak = false;
                }
                self.last = Some(field);
            }
        }
    }

    /// Opens a new draft, closing the one before.
    fn start(&mut self, mut draft: Draft, how: Opened, line: &Line<'_>) {
        self.close();
        draft.page = line.page;
        draft.row = Some(line.index as u32 + 1);
        self.open = Some((draft, how));
        self.open_item = line.item;
        self.weak = false;
        self.titled = false;
        self.listed = false;
        self.last = None;
    }

    /// Closes the open draft: kept where it is an action. A plain paragraph
    /// whose only attribute is a lead, before any action, names the
    /// section's lead rather than an action of its own.
    fn close(&mut self) {
        let Some((d, how)) = self.open.take() else {
            return;
        };
        let text_ok = d.text.as_deref().is_some_and(has_word);
        let keep = text_ok
            && match how {
                Opened::Number => !self.listed || d.attributes() >= 1,
                Opened::Label => d.attributes() >= 1 || d.id.is_some(),
                Opened::Text => d.attributes() >= 1,
            };
        if how == Opened::Text && d.attributes() == 1 && d.lead.is_some() && self.found.actions.is_empty() {
            if self.found.section_lead.is_none() {
                self.found.section_lead = d.lead;
            }
            return;
        }
        let parent = self
            .parent
            .as_ref()
            .or(self.ctx.section.as_ref())
            .or(self.ctx.numbered_heading.as_ref())
            .or(self.ctx.outline_heading.as_ref().filter(|p| {
                let nested = |parent: &str| d.id.as_deref().is_some_and(|id| nests_under(id, parent));
                p.id.as_deref().is_some_and(nested)
            }));
        // An item with nothing but its text, in a recommendation's list
        // whose other items are actions: one too, the owner and date left
        // unsaid. Kept only where another item of its list is an action.
        let bare_item = how == Opened::Text
            && self.open_item
            && d.attributes() == 0
            && parent.is_some()
            && d.text.as_deref().is_some_and(reads_as_bare_action);
        if bare_item {
            let block = d.row.unwrap_or(0) as usize;
            self.bare_items.push((self.found.actions.len(), block));
            self.found.actions.push(d.into_action(parent, self.ctx));
            return;
        }
        if keep {
            let under_recommendation = parent.is_some();
            if how == Opened::Text && self.weak && !under_recommendation {
                let block = d.row.unwrap_or(0) as usize;
                self.weak_blocks.push((self.found.actions.len(), block));
            }
            self.found.actions.push(d.into_action(parent, self.ctx));
        }
    }

    /// Drops actions kept on weak evidence alone where no other item of
    /// their list had the same: a reference list's "(April 2024)" is not a
    /// deadline.
    fn drop_lone_weak(&mut self) {
        let mut lone: Vec<usize> = self
            .weak_blocks
            .iter()
            .filter(|(_, b)| self.weak_blocks.iter().filter(|(_, o)| o == b).count() < 2)
            .map(|(i, _)| *i)
            .collect();
        // Bare items of a list no other action came from.
        let bare: Vec<usize> = self.bare_items.iter().map(|(i, _)| *i).collect();
        let supported = |block: usize| {
            self.found
                .actions
                .iter()
                .enumerate()
                .any(|(i, a)| !bare.contains(&i) && a.row == Some(block as u32))
        };
        lone.extend(self.bare_items.iter().filter(|(_, b)| !supported(*b)).map(|(i, _)| *i));
        let mut i = 0;
        self.found.actions.retain(|_| {
            i += 1;
            !lone.contains(&(i - 1))
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn para(t: &str) -> Block {
        Block::Paragraph {
            text: t.into(),
            page: None,
        }
    }

    fn list(items: &[&str]) -> Block {
        Block::List {
            ordered: false,
            items: items.iter().map(|s| s.to_string()).collect(),
            page: None,
        }
    }

    fn section(id: &str) -> Context {
        Context {
            section: Some(Parent {
                id: Some(id.into()),
                title: Some("Workforce".into()),
                text: None,
            }),
            ..Context::default()
        }
    }

    fn run(blocks: &[Block], ctx: &Context) -> Found {
        let refs: Vec<(usize, &Block)> = blocks.iter().enumerate().collect();
        actions(&refs, ctx)
    }

    #[test]
    fn progress_notes_after_numbered_actions_go_to_their_actions() {
        let blocks = [
            para("4.1 Adopt a customer charter for every service. Head of Customer Services October 2025"),
            para("4.2 Report complaints data to the committee twice a year. Monitoring Officer Ongoing"),
            para("4.1 Progress: Complete. Charter adopted by Cabinet."),
            para("4.2 Progress: Ongoing. First report considered."),
        ];
        let found = run(&blocks, &section("4"));
        let got: Vec<(Option<&str>, Option<&str>)> = found
            .actions
            .iter()
            .map(|a| (a.action_id.as_deref(), a.progress.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                (Some("4.1"), Some("Complete. Charter adopted by Cabinet.")),
                (Some("4.2"), Some("Ongoing. First report considered.")),
            ]
        );
    }

    #[test]
    fn labelled_blocks_after_an_action_number() {
        let blocks = [
            para("Lead member: Cllr A Smith, Cabinet Member Lead officer: Chief Executive"),
            para("The peer team said: “Staff could not say what the priorities are.”"),
            para("Action 1.2"),
            para("What we will do: Develop a delivery plan for each priority."),
            para("Responsible officer: Head of Policy"),
            para("Deadline: Mar-25"),
            para("Progress: In progress. Plans are drafted."),
            para("RAG: Green"),
            para("Action 1.3"),
            para("What we will do: Deliver the programme in three phases:"),
            list(&["fees and charges;", "senior management;"]),
            para("Deadline:"),
            para("Progress: Not started."),
            para("RAG: A"),
        ];
        let found = run(&blocks, &section("1"));
        assert_eq!(found.section_lead.as_deref(), Some("Chief Executive"));
        assert_eq!(found.actions.len(), 2);
        let a = &found.actions[0];
        assert_eq!(a.action_id.as_deref(), Some("1.2"));
        assert_eq!(a.action_text, "Develop a delivery plan for each priority.");
        assert_eq!(a.lead.as_deref(), Some("Head of Policy"));
        assert_eq!(a.deadline.as_deref(), Some("Mar-25"));
        assert_eq!(a.rag.as_deref(), Some("Green"));
        assert_eq!(a.rec_id.as_deref(), Some("1"));
        let b = &found.actions[1];
        assert_eq!(
            b.action_text,
            "Deliver the programme in three phases: • fees and charges; • senior management;"
        );
        assert_eq!(b.deadline, None);
        assert_eq!(b.lead.as_deref(), Some("Chief Executive"));
        assert_eq!(b.rag.as_deref(), Some("A"));
    }

    #[test]
    fn labels_on_their_own_line_above_the_value() {
        let blocks = [
            para("Action 3.1"),
            para("Action"),
            para("Carry out a full review of the constitution."),
            para("Responsible officer"),
            para("Monitoring Officer"),
            para("Target date"),
            para("31/03/2025"),
            para("RAG"),
            para("Green"),
        ];
        let found = run(&blocks, &section("3"));
        assert_eq!(found.actions.len(), 1);
        let a = &found.actions[0];
        assert_eq!(a.action_id.as_deref(), Some("3.1"));
        assert_eq!(a.action_text, "Carry out a full review of the constitution.");
        assert_eq!(a.lead.as_deref(), Some("Monitoring Officer"));
        assert_eq!(a.deadline.as_deref(), Some("31/03/2025"));
        assert_eq!(a.rag.as_deref(), Some("Green"));
    }

    #[test]
    fn paragraphs_with_labelled_lines_or_tails_are_actions() {
        let blocks = [
            para("Some context about the recommendation."),
            para("Publish a new workforce strategy."),
            para("Lead: Director of HR"),
            para("By: March 2025"),
            para("Review the pay policy (Lead: Head of HR; by end of June 2025)"),
            list(&[
                "Agree a new appraisal scheme. Owner: Head of HR. Target: Q3 2025/26",
                "Keep the register up to date (Ongoing)",
            ]),
            para("Action 1.5: Hold staff briefings."),
        ];
        let found = run(&blocks, &section("1"));
        let texts: Vec<_> = found.actions.iter().map(|a| a.action_text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Publish a new workforce strategy.",
                "Review the pay policy",
                "Agree a new appraisal scheme.",
                "Keep the register up to date",
                "Hold staff briefings."
            ]
        );
        assert_eq!(found.actions[0].lead.as_deref(), Some("Director of HR"));
        assert_eq!(found.actions[0].deadline.as_deref(), Some("March 2025"));
        assert_eq!(found.actions[1].deadline.as_deref(), Some("by end of June 2025"));
        assert_eq!(found.actions[2].lead.as_deref(), Some("Head of HR."));
        assert_eq!(found.actions[3].deadline.as_deref(), Some("Ongoing"));
        assert_eq!(found.actions[4].action_id.as_deref(), Some("1.5"));
    }

    #[test]
    fn a_date_in_brackets_alone_is_weak_evidence() {
        let refs = [list(&[
            "LGA Corporate Peer Challenge: Feedback report (April 2024)",
            "Medium Term Financial Strategy, report to Council, 22 February 2024",
        ])];
        assert!(run(&refs, &Context::default()).actions.is_empty());
        let plan = [list(&["Hold a summit (June 2025)", "Refresh the strategy (2025/26)"])];
        assert_eq!(run(&plan, &Context::default()).actions.len(), 2);
        let one = [list(&["Hold a summit (June 2025)"])];
        assert_eq!(run(&one, &section("4")).actions.len(), 1);
    }

    #[test]
    fn a_lone_lead_line_names_the_section_lead() {
        let blocks = [
            para("An introduction to the recommendation."),
            para("Lead Officer: Chief Executive"),
        ];
        let found = run(&blocks, &section("1"));
        assert!(found.actions.is_empty());
        assert_eq!(found.section_lead.as_deref(), Some("Chief Executive"));
    }

    #[test]
    fn running_text_and_rag_keys_are_not_actions() {
        let blocks = [
            para("We made progress this year."),
            para("More narrative."),
            para("Red"),
            para("The action is significantly behind schedule."),
            para("Green"),
            para("The action is on track."),
        ];
        assert!(run(&blocks, &Context::default()).actions.is_empty());
        assert!(run(&blocks, &section("2")).actions.is_empty());
    }
}
