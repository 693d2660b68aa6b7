//! An action put together from labelled values (a label table's rows, a
//! block of "Label: value" lines), before it is known to be an action.
//! Both layouts fill the same draft, so they decide the same way.

use super::vocabulary::Field;
use super::{Context, Parent, RawAction};

/// The values found so far for one action, each as printed.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Draft {
    /// The action's printed number.
    pub id: Option<String>,
    /// The action's text.
    pub text: Option<String>,
    /// Lead officer(s) as printed.
    pub lead: Option<String>,
    /// Lead councillor as printed: an owner only where no officer is named.
    pub lead_member: Option<String>,
    /// Deadline (or end date) as printed.
    pub deadline: Option<String>,
    /// Start date as printed, where a start and an end are given.
    pub start: Option<String>,
    /// Status as printed.
    pub status: Option<String>,
    /// RAG as printed (or read from a colour).
    pub rag: Option<String>,
    /// Progress note as printed.
    pub progress: Option<String>,
    /// The recommendation a label inside the draft names.
    pub parent: Option<Parent>,
    /// Page where the action starts.
    pub page: Option<u32>,
    /// 1-based table number, where the draft came from a table.
    pub table: Option<u32>,
    /// Row or block number.
    pub row: Option<u32>,
    /// The latest date of a milestone table inside the action's cell: its
    /// deadline where no deadline is printed for it.
    pub milestones: Option<String>,
}

impl Draft {
    /// The slot a field fills, for fields a draft keeps.
    fn slot(&mut self, field: Field) -> Option<&mut Option<String>> {
        Some(match field {
            Field::Action => &mut self.text,
            Field::Number => &mut self.id,
            Field::Lead => &mut self.lead,
            Field::LeadMember => &mut self.lead_member,
            Field::Deadline => &mut self.deadline,
            Field::StartDate => &mut self.start,
            Field::Status => &mut self.status,
            Field::Rag => &mut self.rag,
            Field::Progress => &mut self.progress,
            _ => return None,
        })
    }

    /// Sets a field's value; a second value for a field carries on the
    /// first (a label repeated over a page break). Empty values are left out.
    pub fn set(&mut self, field: Field, value: &str) {
        self.join(field, value, " ");
    }

    /// Adds a value to a field, after what it holds and `between` (the
    /// next item of a list: "; " for a deadline's milestones).
    pub fn join(&mut self, field: Field, value: &str, between: &str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        if let Some(slot) = self.slot(field) {
            *slot = Some(match slot.take() {
                Some(old) => format!("{old}{between}{value}"),
                None => value.to_string(),
            });
        }
    }

    /// How many of the action's attributes (lead, deadline, status, RAG,
    /// progress) the draft holds: the evidence that it is an action.
    pub fn attributes(&self) -> usize {
        [
            &self.lead,
            &self.lead_member,
            &self.deadline,
            &self.status,
            &self.rag,
            &self.progress,
        ]
        .iter()
        .filter(|v| v.is_some())
        .count()
    }

    /// The action as the segmenter hands it on, under its parent: the
    /// draft's own, else the section's. A draft without its own lead takes
    /// the section's lead officer, then its own lead member.
    pub fn into_action(self, parent: Option<&Parent>, ctx: &Context) -> RawAction {
        let parent = self.parent.as_ref().or(parent).cloned().unwrap_or_default();
        let deadline = match (self.start, self.deadline) {
            (Some(s), Some(e)) => Some(format!("{s} – {e}")),
            (s, e) => e.or(s).or(self.milestones),
        };
        let lead = self
            .lead
            .or_else(|| ctx.section_lead.clone())
            .or(self.lead_member)
            .or_else(|| ctx.section_lead_member.clone());
        RawAction {
            rec_id: parent.id,
            rec_title: parent.title,
            rec_text: parent.text,
            action_id: self.id,
            action_text: self.text.unwrap_or_default(),
            lead,
            deadline,
            status: self.status,
            rag: self.rag,
            progress: self.progress,
            page: self.page,
            table: self.table,
            row: self.row,
            warnings: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_fill_their_slots_and_carry_on() {
        let mut d = Draft::default();
        d.set(Field::Action, "Develop a plan");
        d.set(Field::Progress, "First part.");
        d.set(Field::Progress, "Second part.");
        d.set(Field::Lead, "");
        d.set(Field::NotAction, "90% satisfied");
        assert_eq!(d.progress.as_deref(), Some("First part. Second part."));
        assert_eq!(d.attributes(), 1);
        assert_eq!(d.lead, None);
    }

    #[test]
    fn start_and_end_make_a_range_and_the_section_lead_fills_in() {
        let mut d = Draft::default();
        d.set(Field::Action, "Develop a plan");
        d.set(Field::StartDate, "April 2025");
        d.set(Field::Deadline, "March 2026");
        let ctx = Context {
            section_lead: Some("Chief Executive".into()),
            ..Context::default()
        };
        let a = d.into_action(None, &ctx);
        assert_eq!(a.deadline.as_deref(), Some("April 2025 – March 2026"));
        assert_eq!(a.lead.as_deref(), Some("Chief Executive"));
    }
}
